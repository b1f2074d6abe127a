"""Rendering a page never changes the read models it shares with every other user: after
each page of the menu has run twice, the cached frames hold what they held before."""
from datetime import date

import pandas as pd

from rollout import queries
from rollout.ui.page_driver import menu_pages
from rollout.ui.read_models import reads


def shared_frames(programme_id: int) -> dict[str, pd.DataFrame]:
    data, today = reads(programme_id), date.today()
    return {"units": data.units(), "steps": data.steps(), "step_rows": data.step_rows(),
            "grid_rows": data.grid_rows(today, "fi"), "transitions": data.transitions(),
            "item_states": data.item_states(), "items": data.items(),
            "scores": data.scores(today), "figures": data.figures(),
            "area_municipalities": data.area_municipalities(),
            "observations": data.observations(), "themes": data.themes()}


def test_every_page_rendered_twice_leaves_the_shared_frames_unchanged(open_page, app_database):
    with app_database() as session:
        programme_id = queries.default_programme(session).id
    app = open_page("")
    frames = shared_frames(programme_id)
    before = {name: frame.copy(deep=True) for name, frame in frames.items()}
    for _, path in menu_pages():
        app.switch_page(path).run()
        app.run()
        assert not app.exception, (path, app.exception)
    after = shared_frames(programme_id)
    for name, frame in after.items():
        assert frame is frames[name], f"{name} was not served from the cache"
        pd.testing.assert_frame_equal(frame, before[name], obj=name)
