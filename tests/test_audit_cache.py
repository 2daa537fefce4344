"""``python -m geo audit`` reuses the layer cache as build and the other commands do: a second
audit of the same scenario builds nothing (the cache's own hit/miss counters say so)."""

import yaml

import geo
from geo import cache
from geo.audit import audit
from geo.cli import main
from tests.test_audit import _scenario


def _write(tmp_path, data):
    path = tmp_path / "tiny.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_a_second_audit_reads_the_layers_from_the_cache(cache_home, tmp_path, capsys):
    path = _write(tmp_path, _scenario())
    assert main(["audit", "--scenario", str(path)]) == 0
    assert cache.STATS["layers"] == {"hit": 0, "miss": 1}
    entries = list((cache_home / "derived" / "layers").iterdir())
    assert len(entries) == 1 and (entries[0] / "complete").is_file()
    assert main(["audit", "--scenario", str(path)]) == 0
    assert cache.STATS["layers"] == {"hit": 1, "miss": 1}  # not built again
    assert capsys.readouterr().out.count("no findings") == 2


def test_a_cached_audit_finds_what_a_fresh_one_finds(cache_home, tmp_path):
    # a leg declared located, though its end (Desaguadero) is a stand-in: one finding (as in test_audit)
    scen = geo.load_scenario(_write(tmp_path, _scenario(**{"routes.0.legs.1.drawing": "located"})))
    fresh = audit(scen, geo.build_layers(scen))
    first, again = audit(scen), audit(scen)
    assert cache.STATS["layers"] == {"hit": 1, "miss": 1}
    assert [(f.kind, f.layer, f.feature_id) for f in fresh] == [("drawing_surer_than_parts", "legs", "road__2")]
    assert first == again == fresh


def test_an_edited_scenario_is_audited_on_new_layers(cache_home, tmp_path):
    scen = geo.load_scenario(_write(tmp_path, _scenario()))
    assert audit(scen) == []
    # Puno now cited to the report, which does not name it: new layers, and the finding
    edited = geo.load_scenario(_write(tmp_path, _scenario(**{"places.0.sources": ["report"]})))
    findings = audit(edited)
    assert cache.STATS["layers"] == {"hit": 0, "miss": 2}
    assert [(f.kind, f.feature_id) for f in findings] == [("source_does_not_name", "puno")]
