"""The steering-group report and the map's boundaries from the shell: `report` writes one
self-contained HTML file in the chosen language and as the steps stood on the chosen day;
`geo fetch` fills the map's cache, or says why not and leaves it alone."""
from datetime import date

import pytest

from rollout.cli import main
from rollout.geo import read_cache, store


@pytest.fixture
def cli(database_url, monkeypatch, capsys):
    monkeypatch.setenv("ROLLOUT_DATABASE_URL", database_url)
    main(["init"])
    capsys.readouterr()

    def run(*argv):
        code = main(list(argv))
        return code, capsys.readouterr()
    return run


def test_the_report_tells_the_state_on_its_day_in_the_chosen_language(cli, tmp_path):
    target = tmp_path / "raportti.html"
    code, out = cli("report", str(target), "--as-of", "2025-01-01", "--since", "2024-12-01",
                    "--lang", "en")
    assert code == 0 and "map: tiles" in out.out  # the local WFS refuses: schematic tiles
    html = target.read_text(encoding="utf-8")
    assert "<title>Lapsiperheiden palveluohjaus: status on 01/01/2025</title>" in html
    assert "Service live in 17 of 30 municipalities on 01\\u002f01\\u002f2025" in html
    assert "Changes since 01/12/2024" in html
    assert html.count("<script type=\"text/javascript\">/**\n* plotly.js") <= 1
    assert "topojsonURL" in html  # the map draws without the internet (see e2e)


def test_the_report_uses_fetched_boundaries_and_names_their_source(cli, tmp_path, fake_wfs):
    code, out = cli("geo", "fetch")
    assert code == 0 and "30 municipalities" in out.out
    assert len(read_cache().codes) == 30
    target = tmp_path / "rapport.html"
    code, out = cli("report", str(target), "--lang", "sv")
    assert code == 0 and "map: tiles" not in out.out
    html = target.read_text(encoding="utf-8")
    assert f"läget {date.today().day}." in html
    assert "Statistikcentralen, Lantmäteriverket (CC BY 4.0)" in html


def test_a_failed_fetch_says_why_and_keeps_the_cache(cli, fake_wfs):
    assert cli("geo", "fetch")[0] == 0
    before = store.CACHE_FILE.read_bytes()
    fake_wfs.mode, fake_wfs.status = "error", 503
    code, out = cli("geo", "fetch")
    assert code == 1
    assert out.err.strip() == "kuntarajojen palvelu vastasi virheellä 503"
    assert store.CACHE_FILE.read_bytes() == before
