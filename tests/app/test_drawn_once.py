"""Pages drawn once per data stamp (rollout.ui.drawn_once): a rerun replays exactly what was
drawn, and a save anyone makes shows on the next rerun of every page that shows it."""
import re
from dataclasses import replace

from streamlit.testing.v1.element_tree import Widget

from rollout import queries, services
from rollout.models import StepProgress
from rollout.ui.page_driver import menu_pages


# made afresh by every run: a download's file, a styled table's random id
FRESH_EVERY_RUN = re.compile(r'deferred_file_id: "\w+"|uuid: "\w+"|T_[0-9a-f]{5}_')


def drawn(node) -> list:
    """Every element of the page that is not a widget, in order: its kind and its message
    (charts, tables, texts). A widget's message says on the first run only what it starts
    with, and widgets are never replayed."""
    found = []
    for child in getattr(node, "children", {}).values():
        proto = getattr(child, "proto", None)
        if proto is not None and child.type != "block" and not isinstance(child, Widget):
            found.append((child.type, FRESH_EVERY_RUN.sub("", str(proto))))
        found += drawn(child)
    return found


def test_every_page_rerun_replays_what_it_drew_with_no_warning(open_page):
    app = open_page("")
    for _, path in menu_pages():
        first = drawn(app.switch_page(path).run().main)
        again = drawn(app.run().main)
        assert not app.exception, (path, app.exception)
        assert again == first, path


def reopen_go_live(sessions, actor, municipality: str) -> None:
    with sessions() as session:
        programme_id = queries.default_programme(session).id
        last = queries.steps_frame(session, programme_id)["position"].max()
        row = session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                                municipality, int(last)))
        services.update_step(session, actor, row.id, row.version,
                             replace(services.values_of(row), status="in_progress",
                                     actual_end=None))


def test_a_save_shows_on_the_next_rerun_of_pages_drawn_from_the_cache(
        open_page, app_database, actors):
    overview = open_page("pages/overview.py")
    progress = open_page("pages/progress.py")
    chart = overview.get("plotly_chart")[0].proto.spec  # units by the furthest step started
    drawn_before = drawn(progress.main)
    reopen_go_live(app_database, actors["aino.admin"], "244")
    assert overview.run().get("plotly_chart")[0].proto.spec != chart
    assert drawn(progress.run().main) != drawn_before
