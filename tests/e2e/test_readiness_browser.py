"""A family-centre lead works through a step's readiness for the whole centre, attaches
evidence and signs off; a planner is stopped, with the reason, from marking a step done while
required items are open."""
import re

from playwright.sync_api import expect
from sqlalchemy import select

from rollout import queries
from rollout.models import ReadinessItemState, StepProgress, StepSignOff
from tests.e2e.conftest import choose, open_from_menu, open_signed_in, sign_in, wait_for_app
from tests.e2e.test_forms_browser import save_step, step_form


def set_step_four_done_for_the_centre(page, evidence: str = "", link: str = "") -> None:
    """On the Valmius page: every item of step 4 done for all the centre's municipalities."""
    choose(page, page, "Askel", "4. Palveluohjaajien perehdytys")
    page.get_by_text("Aseta kohta perhekeskuksen kunnille").click()
    panel = page.locator('[data-testid="stExpander"]').filter(
        has_text="Aseta kohta perhekeskuksen kunnille")
    choose(page, panel, "Kohta", "Kaikki askeleen kohdat")
    choose(page, panel, "Tila", "✔ Tehty")
    if evidence or link:
        panel.get_by_label("Näyttö").fill(evidence)
        panel.get_by_label("Linkki").fill(link)
        panel.get_by_label("Linkki").press("Tab")
        wait_for_app(page)
    panel.get_by_role("button", name="Esikatsele muutokset").click()
    wait_for_app(page)
    panel.get_by_role("button", name=re.compile(r"^Tallenna \d+ muutosta")).click()
    wait_for_app(page)
    expect(page.get_by_text(re.compile(r"Tarkistuslista tallennettu \(\d+ muutosta\)"))
           ).to_be_visible()


def test_a_lead_sets_a_step_s_items_for_the_centre_and_signs_it_off(page, app_url,
                                                                    app_sessions):
    sign_in(page, app_url, "liisa.lead")
    expect(page.get_by_role("heading", name="Omat tehtävät")).to_be_visible()  # every role's
    open_from_menu(page, "Valmius")
    expect(page.get_by_role("heading", name="Valmius perhekeskuksittain")).to_be_visible()
    set_step_four_done_for_the_centre(page, "Perehdytys pidetty 2/2026",
                                      "https://intra.example/perehdytys")
    page.get_by_role("button", name="Kuittaa 6 askelta valmiiksi").click()
    wait_for_app(page)
    expect(page.get_by_text("Kuitattu 6 askelta.")).to_be_visible()
    with app_sessions() as session:
        programme_id = queries.default_programme(session).id
        step = session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                                "244", 4))
        assert step.status.value == "done"
        assert session.scalar(select(StepSignOff).filter_by(step_id=step.step_id,
                                                            unit_id=step.unit_id)) is not None
        assert session.scalar(select(ReadinessItemState).filter_by(
            unit_id=step.unit_id, evidence_link="https://intra.example/perehdytys"))


def test_a_planner_is_told_which_required_items_are_open(page, app_url):
    open_signed_in(page, app_url, "pekka.planner", "steps?unit=564")
    page.get_by_role("tab", name="2. Yhteistyöverkoston kokoaminen").click()
    choose(page, step_form(page), "Tila", "✔ Valmis")
    save_step(page)
    expect(page.get_by_text(re.compile("Oulu, askel 2: askelta ei voi merkitä valmiiksi, kun "
                                       "pakollisia valmiuskohtia on avoinna: 1\\. Lapsiperheiden"))
           ).to_be_visible()
