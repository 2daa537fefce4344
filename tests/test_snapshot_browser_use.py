"""Using :class:`geo.snapshot.Browser` outside ``with``: a clear message, not an attribute error (no
Chromium needed: the check comes before any page is opened)."""

import pytest

from geo.errors import GeoError
from geo.snapshot import Browser, save_png


def test_a_browser_not_entered_says_how_to_use_it():
    with pytest.raises(RuntimeError, match=r"^the browser is not running: use it as 'with Browser\(\) as browser:'"):
        Browser().open("map.html")


def test_save_png_with_a_browser_not_entered_names_the_map_and_says_how(tmp_path):
    html = tmp_path / "map.html"
    html.write_text("<html></html>", encoding="utf-8")
    with pytest.raises(GeoError, match=r"cannot take a screenshot of .*map\.html: the browser is not running: use it as "
                                       r"'with Browser\(\) as browser:'"):
        save_png(html, tmp_path / "map.png", browser=Browser())
    assert not (tmp_path / "map.png").exists()
