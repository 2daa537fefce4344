"""Opening a map in headless Chromium, with no network: screenshots and checks.

The map's scripts and stylesheets (Leaflet, its plugins) are served to the browser from the copies
embedded in the ``folium-offline`` package; every other request (map tiles included) is refused, so
nothing leaves the machine. Needs the optional ``browser`` dependencies (``playwright``,
``folium-offline``) and a Chromium binary (Debian package ``chromium``).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["chromium_path", "open_map", "save_png", "MapPage"]

_CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    """Path of a Chromium binary: ``$GEO_CHROMIUM``, else ``chromium`` or ``chromium-browser`` on PATH."""
    env = os.environ.get("GEO_CHROMIUM")
    if env and Path(env).exists():
        return env
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _assets() -> dict[str, str]:
    from offlinefolium.elements import _res  # URL -> text of folium's CDN assets

    return dict(_res)


@dataclass
class MapPage:
    """What the browser saw. ``page`` is the live Playwright page while inside :func:`open_map`."""

    page: object
    console_errors: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)
    blocked_urls: list = field(default_factory=list)


class open_map:
    """Context manager: open an HTML map file in headless Chromium with the network blocked.

    Parameters
    ----------
    html_path : str or pathlib.Path
        The map file.
    width, height : int
        Viewport in CSS pixels.
    serve_assets : bool, keyword-only
        Answer requests for folium's CDN assets from folium-offline (default). ``False`` refuses
        them too, for checking that a self-contained (``--offline``) map needs nothing.

    Yields
    ------
    MapPage

    Raises
    ------
    RuntimeError
        If no Chromium binary is found.
    """

    def __init__(self, html_path, *, width: int = 1400, height: int = 900, serve_assets: bool = True):
        self.html_path = Path(html_path).resolve()
        self.width, self.height = width, height
        self.serve_assets = serve_assets

    def __enter__(self) -> MapPage:
        from playwright.sync_api import sync_playwright

        exe = chromium_path()
        if exe is None:
            raise RuntimeError("no Chromium found: install Debian's 'chromium' package or set GEO_CHROMIUM")
        assets = _assets() if self.serve_assets else {}
        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=exe, args=_CHROMIUM_ARGS)
        context = self._browser.new_context(viewport={"width": self.width, "height": self.height})
        page = context.new_page()
        result = MapPage(page=page)
        page.on("console", lambda msg: result.console_errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: result.page_errors.append(str(exc)))

        def handle(route):
            url = route.request.url
            if url.startswith("file://"):
                return route.continue_()
            if url in assets:
                ctype = "text/css" if url.endswith(".css") else "application/javascript"
                return route.fulfill(status=200, body=assets[url], content_type=ctype)
            result.blocked_urls.append(url)
            return route.abort()

        context.route("**/*", handle)
        page.goto(self.html_path.as_uri(), wait_until="load")
        page.wait_for_function("() => typeof L !== 'undefined'", timeout=15000)
        page.wait_for_timeout(300)
        self._result = result
        return result

    def __exit__(self, *exc):
        try:
            self._browser.close()
        finally:
            self._pw.stop()
        return False


def save_png(html_path, png_path, *, width: int = 1400, height: int = 900) -> Path:
    """Write a PNG of a map as headless Chromium shows it (network blocked, so no tiles).

    Parameters
    ----------
    html_path : str or pathlib.Path
        The map file.
    png_path : str or pathlib.Path
        The PNG to write, atomically (its folder is created if missing).
    width, height : int, keyword-only
        Viewport in CSS pixels; the PNG has this many pixels.

    Returns
    -------
    pathlib.Path
        ``png_path``.

    Raises
    ------
    geo.errors.GeoError
        If the map file does not exist, ``png_path`` is a folder, or the browser cannot open the map
        (the message gives the first line of the browser's error).
    """
    from .errors import GeoError
    from .writers import atomic_write_many

    html_path, png_path = Path(html_path), Path(png_path)
    if not html_path.is_file():
        raise GeoError(f"{html_path}: no such map file (build it first: python -m geo build)")
    if png_path.is_dir():
        raise GeoError(f"{png_path}: is a folder; give the PNG file to write")
    if png_path.suffix.lower() != ".png":
        raise GeoError(f"{png_path}: give a file name ending in .png (a map, layer or other file is never overwritten)")
    try:
        with open_map(html_path, width=width, height=height) as view:
            view.page.wait_for_timeout(500)  # let the arrows and the minimap settle
            png = view.page.screenshot()
    except Exception as exc:  # playwright's errors (launch, timeout) have no common public base
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GeoError(f"cannot take a screenshot of {html_path}: {first}") from exc
    atomic_write_many({png_path: png})
    return png_path
