"""Progress bars: drawn on a terminal only; and the chunked nearest-route look-up they count."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import shapely

from geo.progress import progress, shown
from geo.spatial_index import LineIndex

REPO = Path(__file__).resolve().parents[1]

# Two lines of the scenario's kind: a Peruvian road (Pichari → Lima) and a coastal sea lane stub.
LINES = [shapely.LineString([(-73.829, -12.520), (-75.0, -12.1), (-77.04, -12.05)]),
         shapely.LineString([(-77.15, -12.05), (-78.5, -9.0), (-81.0, -5.0)])]


def test_chunks_give_the_same_answers_as_one_pass():
    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(-82, -68, 5_000), rng.uniform(-18, 0, 5_000)
    index = LineIndex(LINES)
    whole = index.nearest(lon, lat, chunk=10_000)
    chunked = index.nearest(lon, lat, chunk=997)  # an uneven last chunk
    assert np.array_equal(whole[0], chunked[0]) and np.array_equal(whole[1], chunked[1])
    # a point on the road's first vertex is 0 m from it (line 0)
    line, dist = index.nearest([-73.829], [-12.520], chunk=1)
    assert line.tolist() == [0] and dist[0] < 1e-6


def test_no_bar_when_stderr_is_not_a_terminal(capsys):
    assert not shown()
    with progress(10, "nothing") as bar:
        bar.update(10)
    assert capsys.readouterr().err == ""


def _on_a_terminal(code: str, **env) -> str:
    """Standard error of ``python -c code`` attached to a pseudo-terminal."""
    import fcntl
    import struct
    import termios

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal 100 columns wide
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=slave, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO), **env})
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait()
    os.close(master)
    assert proc.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


CODE = ("import numpy as np, shapely\n"
        "from geo.spatial_index import LineIndex\n"
        "i = LineIndex([shapely.LineString([(-74, -12), (-77, -12)])])\n"
        "i.nearest(np.linspace(-80, -70, 3000), np.full(3000, -12.0), chunk=500)\n")


def test_a_bar_counts_the_points_on_a_terminal():
    err = _on_a_terminal(CODE)
    assert "nearest route" in err and "/3.00k" in err  # the bar, sized for the 3,000 points


def test_bars_can_be_silenced_on_a_terminal():
    assert "nearest route" not in _on_a_terminal(CODE, GEO_NO_PROGRESS="1")
