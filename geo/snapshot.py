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

__all__ = ["chromium_path", "open_map", "save_png", "MapPage", "Browser", "serve_offline"]

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


def serve_offline(route, assets: dict[str, str], *, blocked: list | None = None):
    """Answer one Playwright request with no network: local files as they are, the map's CDN
    scripts and stylesheets from ``assets`` (URL -> text, :func:`_assets`), anything else refused
    (and its URL appended to ``blocked``)."""
    url = route.request.url
    if url.startswith("file://"):
        return route.continue_()
    if url in assets:
        ctype = "text/css" if url.endswith(".css") else "application/javascript"
        return route.fulfill(status=200, body=assets[url], content_type=ctype)
    if blocked is not None:
        blocked.append(url)
    return route.abort()


@dataclass
class MapPage:
    """What the browser saw. ``page`` is the live Playwright page while inside :func:`open_map`."""

    page: object
    console_errors: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)
    blocked_urls: list = field(default_factory=list)


class Browser:
    """Context manager: one headless Chromium, in which :meth:`open` opens maps with the network blocked.

    Launching the browser is what takes time; a test module or a batch of screenshots shares one.

    Raises
    ------
    RuntimeError
        If no Chromium binary is found.
    """

    _browser = None  # the running Chromium, between __enter__ and __exit__

    def __enter__(self) -> "Browser":
        from playwright.sync_api import sync_playwright

        exe = chromium_path()
        if exe is None:
            raise RuntimeError("no Chromium found: install Debian's 'chromium' package or set GEO_CHROMIUM")
        self._pw = sync_playwright().start()
        try:
            self._browser = self._pw.chromium.launch(executable_path=exe, args=_CHROMIUM_ARGS)
        except Exception:
            self._pw.stop()
            raise
        return self

    def __exit__(self, *exc):
        try:
            self._browser.close()
        finally:
            self._browser = None
            self._pw.stop()
        return False

    def open(self, html_path, *, width: int = 1400, height: int = 900, serve_assets: bool = True,
             query: str = "") -> MapPage:
        """Open a map file in a new browser context (its own viewport, nothing shared with others).

        Parameters
        ----------
        html_path : str or pathlib.Path
            The map file.
        width, height : int, keyword-only
            Viewport in CSS pixels.
        serve_assets : bool, keyword-only
            Answer requests for folium's CDN assets from folium-offline (default). ``False`` refuses
            them too, for checking that a self-contained (``--offline``) map needs nothing.
        query : str, keyword-only
            Added to the file's address (``"?step=2"``).

        Returns
        -------
        MapPage
            Close it with :meth:`MapPage.close`.

        Raises
        ------
        RuntimeError
            If the browser is not running: ``Browser`` is used as ``with Browser() as browser:``.
        """
        if self._browser is None:
            raise RuntimeError("the browser is not running: use it as 'with Browser() as browser:' and open maps inside")
        assets = _assets() if serve_assets else {}
        context = self._browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        result = MapPage(page=page)
        page.on("console", lambda msg: result.console_errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: result.page_errors.append(str(exc)))

        context.route("**/*", lambda route: serve_offline(route, assets, blocked=result.blocked_urls))
        page.goto(Path(html_path).resolve().as_uri() + query, wait_until="load")
        page.wait_for_function("() => typeof L !== 'undefined'", timeout=15000)
        page.wait_for_timeout(300)
        return result


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
    browser : Browser, keyword-only
        A browser already running (default: one launched for this map and closed after).
    query : str, keyword-only
        Added to the file's address (``"?step=2"``).

    Yields
    ------
    MapPage

    Raises
    ------
    RuntimeError
        If no Chromium binary is found.
    """

    def __init__(self, html_path, *, width: int = 1400, height: int = 900, serve_assets: bool = True,
                 browser: Browser | None = None, query: str = ""):
        self.html_path = Path(html_path).resolve()
        self.width, self.height = width, height
        self.serve_assets, self.query = serve_assets, query
        self._given = browser

    def __enter__(self) -> MapPage:
        self._own = None
        browser = self._given
        if browser is None:
            browser = self._own = Browser().__enter__()
        try:
            self._result = browser.open(self.html_path, width=self.width, height=self.height,
                                        serve_assets=self.serve_assets, query=self.query)
        except BaseException:
            if self._own is not None:
                self._own.__exit__(None, None, None)
            raise
        return self._result

    def __exit__(self, *exc):
        try:
            self._result.page.context.close()
        finally:
            if self._own is not None:
                self._own.__exit__(*exc)
        return False


#: Pictures taken at most, 250 ms apart, waiting for two in a row to agree (about 10 s).
SETTLE_SHOTS = 40


def _settled_screenshot(page) -> bytes:
    """A screenshot of ``page`` once two taken 250 ms apart are identical (or the last of
    :data:`SETTLE_SHOTS`)."""
    last = page.screenshot()
    for _ in range(SETTLE_SHOTS - 1):
        page.wait_for_timeout(250)
        shot = page.screenshot()
        if shot == last:
            return shot
        last = shot
    return last


def save_png(html_path, png_path, *, width: int = 1400, height: int = 900, browser: Browser | None = None,
             query: str = "") -> Path:
    """Write a PNG of a map as headless Chromium shows it (network blocked, so no tiles).

    Parameters
    ----------
    html_path : str or pathlib.Path
        The map file.
    png_path : str or pathlib.Path
        The PNG to write, atomically (its folder is created if missing).
    width, height : int, keyword-only
        Viewport in CSS pixels; the PNG has this many pixels.
    browser : Browser, keyword-only
        A browser already running (Playwright allows one per thread); default one launched for this.
    query : str, keyword-only
        Added to the map's address (``"?step=2"`` shows the story's second step).

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
        with open_map(html_path, width=width, height=height, browser=browser, query=query) as view:
            # let the arrows and the minimap settle (and a story step's flight end), then take pictures
            # until two in a row agree: on a loaded machine the page may still be drawing after a fixed
            # wait, and a bundle's picture must be the same for the same inputs
            view.page.wait_for_timeout(1500 if query else 500)
            png = _settled_screenshot(view.page)
    except Exception as exc:  # playwright's errors (launch, timeout) have no common public base
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GeoError(f"cannot take a screenshot of {html_path}: {first}") from exc
    atomic_write_many({png_path: png})
    return png_path
