"""Downloads of the official boundaries: a size limit per file, no partial file left on SIGTERM,
and the file named when the disk is full. Everything on loopback; no internet."""

import hashlib
import http.server
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from geo import official

REPO = Path(__file__).resolve().parents[1]
BLOB = b'{"type":"FeatureCollection","features":[]}' + b" " * 4000  # 4,042 bytes


def _pin(monkeypatch, size_bytes):
    """Pin every level to BLOB's SHA-256 and the given size."""
    sha = hashlib.sha256(BLOB).hexdigest()
    files = {level: official._OfficialFile(spec.name, sha, spec.code_field, spec.name_field, size_bytes)
             for level, spec in official.OFFICIAL_FILES.items()}
    monkeypatch.setattr(official, "OFFICIAL_FILES", files)
    return files


class _Server:
    """A loopback HTTP server: ``body(handler)`` writes the answer; counts the bytes sent."""

    def __init__(self, body):
        sent = self.sent = [0]

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                try:
                    body(self, sent)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def _endless(handler, sent):
    """200 with no Content-Length and bytes until the client goes away."""
    handler.send_response(200)
    handler.end_headers()
    chunk = b"x" * 65536
    while sent[0] < 200 * 1024 * 1024:
        handler.wfile.write(chunk)
        sent[0] += len(chunk)


def test_a_download_stops_at_the_pinned_size_plus_the_margin(tmp_path, monkeypatch):
    _pin(monkeypatch, len(BLOB))
    server = _Server(_endless)
    try:
        with pytest.raises(official.DataError, match=r"is larger than the 1,052,618 bytes expected at most"):
            official.fetch_official(mirror=server.url, cache_dir=tmp_path / "cache")
    finally:
        server.close()
    assert len(BLOB) + official.DOWNLOAD_MARGIN_BYTES == 1_052_618
    # stopped near the limit, not after the 200 MB the server would send (socket buffers aside)
    assert server.sent[0] < 32 * 1024 * 1024
    assert list((tmp_path / "cache").iterdir()) == []


def test_an_announced_size_beyond_the_limit_is_not_downloaded(tmp_path, monkeypatch):
    _pin(monkeypatch, len(BLOB))

    def huge(handler, sent):
        handler.send_response(200)
        handler.send_header("Content-Length", str(3 * 1024**3))
        handler.end_headers()
        handler.wfile.write(b"x" * 1000)
        sent[0] += 1000

    server = _Server(huge)
    try:
        with pytest.raises(official.DataError, match=r"announces 3,221,225,472 bytes, more than the 1,052,618"):
            official.fetch_official(mirror=server.url, cache_dir=tmp_path / "cache")
    finally:
        server.close()
    assert list((tmp_path / "cache").iterdir()) == []


def test_a_mirror_folder_file_beyond_the_limit_is_not_copied(tmp_path, monkeypatch):
    files = _pin(monkeypatch, 100)  # pinned at 100 bytes: BLOB is over the limit only with no margin
    monkeypatch.setattr(official, "DOWNLOAD_MARGIN_BYTES", 0)
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    for spec in files.values():
        (mirror / spec.name).write_bytes(BLOB)
    with pytest.raises(official.DataError, match=r"has 4,042 bytes, more than the 100 expected at most"):
        official.fetch_official(mirror=mirror, cache_dir=tmp_path / "cache")
    assert list((tmp_path / "cache").iterdir()) == []


_SCRIPT = """
import hashlib, sys
from geo import official
from geo.cli import main
blob = bytes.fromhex(sys.argv[3])
sha = hashlib.sha256(blob).hexdigest()
official.OFFICIAL_FILES = {level: official._OfficialFile(spec.name, sha, spec.code_field, spec.name_field, len(blob))
                           for level, spec in official.OFFICIAL_FILES.items()}
sys.exit(main(["data", "fetch", "--mirror", sys.argv[1], "--cache", sys.argv[2]]))
"""


def test_sigterm_removes_the_partial_download(tmp_path):
    release = threading.Event()

    def slow(handler, sent):
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(BLOB)))
        handler.end_headers()
        handler.wfile.write(BLOB[:1000])
        handler.wfile.flush()
        sent[0] += 1000
        release.wait(120)  # the rest never comes while the test runs

    server = _Server(slow)
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", _SCRIPT, server.url, str(cache), BLOB.hex()], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(6000):  # wait until the first bytes were sent and the partial file is on disk
            if server.sent[0] and cache.is_dir() and any(cache.iterdir()):
                break
            time.sleep(0.05)
        assert cache.is_dir() and any(cache.iterdir()), "the download never started"
        time.sleep(0.5)  # let the first bytes reach the file
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=120)
    finally:
        release.set()
        server.close()
        if proc.poll() is None:
            proc.kill()
            proc.communicate()  # reaped, so no "still running" warning reaches a later test
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert list(cache.iterdir()) == []


def test_a_full_disk_names_the_file_being_written(tmp_path):
    # RLIMIT_FSIZE makes writes beyond 2,000 bytes fail (EFBIG, with SIGXFSZ ignored) as a full disk does
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    for spec in official.OFFICIAL_FILES.values():
        (mirror / spec.name).write_bytes(BLOB)

    def limits():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))

    cache = tmp_path / "cache"
    proc = subprocess.run([sys.executable, "-c", _SCRIPT, str(mirror), str(cache), BLOB.hex()],
                          env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True,
                          preexec_fn=limits, timeout=600)
    assert proc.returncode == 2, proc.stderr
    first = official.OFFICIAL_FILES["department"].name
    assert f"error: cannot write {cache / first} (downloading into {cache}/" in proc.stderr
    assert "File too large" in proc.stderr
    assert list(cache.iterdir()) == []
