"""Every page in every language opens without an exception or an untranslated key."""
from pathlib import Path

import pytest

from rollout.catalog import CATALOG
from rollout.config import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "pages").glob("*.py"))


def shown_texts(app):
    texts = [element.value for kind in ("title", "header", "subheader", "caption", "markdown")
             for element in getattr(app, kind)]
    texts += [metric.label for metric in app.metric]
    return [str(text) for text in texts]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_page_opens_in_every_language(open_page, page, lang):
    app = open_page(page, lang)
    assert not app.exception, app.exception
    assert [text for text in shown_texts(app) if text in CATALOG] == []


def test_overview_shows_all_30_municipalities_live_in_finnish(open_page):
    app = open_page("pages/overview.py")
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Kunnat, joissa palvelu käynnissä"] == "30 / 30"
    # Finnish groups digits with a no-break space
    assert metrics["Asukkaat palvelun piirissä"] == "418\u00a0328"
    residents = next(metric for metric in app.metric if metric.label.startswith("Asukkaat"))
    assert residents.delta == "100,0\u00a0% kaikista 418\u00a0328 asukkaasta"


def test_overview_as_of_new_year_2025_shows_the_17_of_the_2024_release(open_page):
    from datetime import date
    app = open_page("pages/overview.py", "en")
    app.date_input[0].set_value(date(2025, 1, 1)).run()
    assert {m.label: m.value for m in app.metric}["Municipalities live"] == "17 / 30"
