"""Official boundary data: download with checksum, cache reuse, mirrors; all on loopback, no internet."""

import hashlib
import http.server
import json
import threading
import warnings
from pathlib import Path

import pytest
import shapely

import geo
from geo import official
from geo.errors import OfficialDataWarning


def _fixture_files(folder: Path) -> dict[str, bytes]:
    """Tiny stand-ins for the three INEI files: two departments, provinces and districts of 1°×1°."""
    def fc(code_field, name_field, units):
        return json.dumps({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {code_field: code, name_field: name},
             "geometry": shapely.geometry.mapping(shapely.box(x, -10, x + 1, -9))} for code, name, x in units]}).encode()
    data = {
        "department": fc("FIRST_IDDP", "NOMBDEP", [("17", "MADRE DE DIOS", -70), ("12", "JUNIN", -75)]),
        "province": fc("FIRST_IDPR", "NOMBPROV", [("1701", "TAMBOPATA", -70), ("1604", "MARISCAL RAMON CASTILLA", -72)]),
        "district": fc("IDDIST", "NOMBDIST", [("170101", "TAMBOPATA", -70), ("090101", "HUANCAVELICA", -74)]),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for level, blob in data.items():
        (folder / official.OFFICIAL_FILES[level].name).write_bytes(blob)
    return data


@pytest.fixture
def pinned(monkeypatch, tmp_path):
    """Pin the fixture files' checksums in place of the real ones."""
    blobs = _fixture_files(tmp_path / "origin")
    files = {level: official._OfficialFile(spec.name, hashlib.sha256(blobs[level]).hexdigest(), spec.code_field,
                                           spec.name_field)
             for level, spec in official.OFFICIAL_FILES.items()}
    monkeypatch.setattr(official, "OFFICIAL_FILES", files)
    return tmp_path / "origin"


@pytest.fixture
def server(pinned):
    """A loopback HTTP server over the fixture folder that records the paths asked for."""
    hits = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=str(pinned), **k)

        def log_message(self, *args):
            hits.append(self.path)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/", hits, pinned
    httpd.shutdown()
    httpd.server_close()


def test_download_checks_sha256_and_reuses_the_cache(server, tmp_path):
    url, hits, _ = server
    files = official.fetch_official(mirror=url, cache_dir=tmp_path / "cache")
    assert set(files) == {"department", "province", "district"}
    assert len([h for h in hits if h.endswith(".geojson")]) == 3
    again = official.fetch_official(mirror=url, cache_dir=tmp_path / "cache")
    assert again == files
    assert len([h for h in hits if h.endswith(".geojson")]) == 3  # nothing downloaded the second time
    assert official.cached_official(tmp_path / "cache") == files


def test_checksum_mismatch_is_an_error_and_nothing_is_kept(server, tmp_path):
    url, _, origin = server
    (origin / official.OFFICIAL_FILES["province"].name).write_bytes(b'{"tampered": true}')
    with pytest.raises(official.DataError, match="SHA-256"):
        official.fetch_official(mirror=url, cache_dir=tmp_path / "cache")
    assert not (tmp_path / "cache" / official.OFFICIAL_FILES["province"].name).exists()
    assert official.cached_official(tmp_path / "cache") is None


def test_local_folder_mirror(pinned, tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_DATA_MIRROR", str(pinned))
    files = official.fetch_official(cache_dir=tmp_path / "cache")
    geom, names = official.dissolve_units("department", ["17"], files)
    assert names == ["MADRE DE DIOS"]
    assert geo.geodesic_area_m2([geom])[0] == pytest.approx(geo.geodesic_area_m2([shapely.box(-70, -10, -69, -9)])[0])


def test_unreachable_origin_is_a_clear_error(pinned, tmp_path):
    with pytest.raises(official.DataError, match="cannot fetch http://127.0.0.1:9/"):
        official.fetch_official(mirror="http://127.0.0.1:9/", cache_dir=tmp_path / "cache")


def test_missing_code_names_the_file(pinned, tmp_path):
    files = official.fetch_official(mirror=pinned, cache_dir=tmp_path / "cache")
    with pytest.raises(KeyError, match="99"):
        official.dissolve_units("department", ["17", "99"], files)


def test_build_without_official_data_warns_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_DATA_CACHE", str(tmp_path / "empty-cache"))
    with pytest.warns(OfficialDataWarning, match="geo data fetch"):
        result = geo.build(layers_dir=tmp_path / "l", out_dir=tmp_path / "o")
    mdd = result.layers["regions"].set_index("id").loc["madre_de_dios"]
    assert mdd["geometry_kind"] == "sketch"
    assert "once `python -m geo data fetch` has run" in mdd["geometry_basis"]


def test_build_with_official_data_dissolves_units(pinned, tmp_path):
    files = official.fetch_official(mirror=pinned, cache_dir=tmp_path / "cache")
    scenario = geo.load_scenario()
    # Only Madre de Dios and Mariscal Ramón Castilla exist in the fixture: keep the regions that use them.
    keep = [r for r in scenario.regions if not r.get("official") or r["id"] in ("madre_de_dios", "triple_frontier")]
    small = geo.Scenario(path=scenario.path, data={**scenario.data, "regions": keep})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        layers = geo.build_layers(small, official_files=files)
    regions = layers["regions"].set_index("id")
    assert regions.loc["madre_de_dios", "geometry_kind"] == "official_boundary"
    assert "17 Madre De Dios" in regions.loc["madre_de_dios", "geometry_basis"]
    assert "inei_2007_limits" in regions.loc["madre_de_dios", "sources"]
    assert regions.loc["madre_de_dios", "area_km2"] == pytest.approx(
        geo.geodesic_area_m2([shapely.box(-70, -10, -69, -9)])[0] / 1e6, abs=0.1)


def test_acceptance_madre_de_dios_against_inei(shared_dir, tmp_path):
    """With the real INEI 2007 files (mirror: ../shared), Madre de Dios is within 1.5 % of INEI's
    85,300.54 km². The 2007 GeoJSON is a simplified copy of the 2007 limits (its own HECTARES field
    says 85,045.9 km²), and INEI's tabulated surface comes from other cartography: about 0.8 % apart."""
    files = official.fetch_official(mirror=shared_dir / "data" / "peru_inei2007_juaneladio",
                                    cache_dir=tmp_path / "cache")
    layers = geo.build_layers(geo.load_scenario(), official_files=files)
    regions = layers["regions"].set_index("id")
    mdd = regions.loc["madre_de_dios"]
    assert mdd["geometry_kind"] == "official_boundary"
    assert mdd["area_km2"] == pytest.approx(85_300.54, rel=0.015)
    assert regions.loc["junin_mining", "area_km2"] == pytest.approx(44_328.80, rel=0.015)
    assert regions.loc["cusco_mining", "area_km2"] == pytest.approx(71_986.50, rel=0.015)
    # Iñapari sits on the tripoint with Brazil and Bolivia, about a kilometre outside the generalised
    # polygon: within the tolerance it still belongs to Madre de Dios.
    assert layers["places"].set_index("id").loc["inapari", "region_id"] == "madre_de_dios"
