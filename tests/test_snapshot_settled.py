"""A map's picture is taken once the page has stopped changing, not after a fixed wait: a bundle's
PNG must be the same for the same inputs even on a loaded machine."""

import pytest

pytestmark = pytest.mark.usefixtures("chromium")

# A page that still changes colour for 2.5 s after it loaded (longer than the fixed wait before the
# first picture) and then stays green; ``window.L`` stands for Leaflet, which open_map waits for.
_CHANGING = """<!doctype html><html><head><style>html,body{margin:0;height:100%}</style></head>
<body><script>window.L = {};
const start = Date.now();
const timer = setInterval(() => {
  const t = Date.now() - start;
  if (t > 2500) { document.body.style.background = 'rgb(0, 128, 0)'; clearInterval(timer); return; }
  document.body.style.background = 'rgb(' + (t % 256) + ', 0, 200)';
}, 40);
</script></body></html>"""
_STILL = """<!doctype html><html><head><style>html,body{margin:0;height:100%}</style></head>
<body style="background: rgb(0, 128, 0)"><script>window.L = {};</script></body></html>"""


def test_the_picture_is_taken_when_the_page_has_settled(tmp_path):
    from geo.snapshot import Browser, save_png

    (tmp_path / "changing.html").write_text(_CHANGING)
    (tmp_path / "still.html").write_text(_STILL)
    with Browser() as browser:
        settled = save_png(tmp_path / "changing.html", tmp_path / "changing.png", width=320, height=200,
                           browser=browser).read_bytes()
        final = save_png(tmp_path / "still.html", tmp_path / "still.png", width=320, height=200,
                         browser=browser).read_bytes()
    assert settled == final  # the last colour, not one of the colours drawn while it changed
