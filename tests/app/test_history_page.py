"""The change history reads as a steering group reads it: named items and users, values in
words, and the initial public record is not news."""
from rollout import accounts, queries, services
from rollout.domain import ItemStatus, Role
from rollout.permissions import COMMAND_LINE
from rollout.services import ReadinessChange


def event_table(app):
    return next(frame.value for frame in app.dataframe if "Kohde" in frame.value.columns)


def test_a_fresh_install_has_no_news_since_the_last_meeting(open_page):
    app = open_page("pages/history.py")
    assert not app.exception
    assert any(caption.value == "Ei muutoksia tällä välillä." for caption in app.caption)


def test_checklist_ticks_and_role_changes_are_named_in_words(open_page, app_database, actors):
    with app_database() as session:
        programme_id = queries.default_programme(session).id
        unit = int(queries.units_frame(session, programme_id)
                   .set_index("municipality_code").loc["244", "unit_id"])
        item = int(queries.readiness_frame(session, unit)["item_id"].iloc[0])
        services.save_readiness(session, actors["liisa.lead"], unit, [
            ReadinessChange(item, None, ItemStatus.NOT_APPLICABLE, reason="Päätetty jo 2024")])
        accounts.set_role(session, COMMAND_LINE, username="maija.manager",
                          programme_id=programme_id, role=Role.PLANNER)
    events = event_table(open_page("pages/history.py"))
    subjects = events["Kohde"].tolist()
    assert "Kempele – Johdon päätös palveluohjauksen käynnistämisestä" in subjects
    assert "Käyttäjätunnus maija.manager" in subjects
    tick = events[(events["Kohde"].str.startswith("Kempele –")) & (events["Tieto"] == "tila")]
    assert tick[["Ennen", "Jälkeen", "Askel"]].values.tolist() == [["○ Avoin", "– Ei koske",
                                                                    "1"]]
    role = events[(events["Kohde"] == "Käyttäjätunnus maija.manager")
                  & (events["Tieto"] == "rooli")]
    assert role[["Ennen", "Jälkeen", "Askel"]].values.tolist() == [
        ["johto", "suunnittelija", ""], ["–", "johto", ""]]  # newest first
    assert not events.isin(["None", "nan"]).any().any()


def test_the_public_records_changes_read_as_bounds_with_their_release(open_page):
    app = open_page("pages/history.py", "sv")
    events = next(frame.value for frame in app.dataframe if "Objekt" in frame.value.columns)
    record = events[events["Vem"] == "offentlig källa"]
    assert len(record) and (events["Vem"] != "julkinen lähde").all()
    assert set(record["Gäller från"]) <= {"senast 12/2024 · pressmeddelande 2024",
                                          "senast 4.12.2025 · pressmeddelande 4.12.2025"}
    assert set(record["Orsak"]) <= {
        "Pohde 2024: Lapsiperheiden palveluohjaus saa kiitosta – palvelu laajenee vähitellen "
        "koko Pohteelle", "Pohde 2025-12-04"}
    bounds = record[record["Uppgift"] == "avslutat senast (offentlig källa)"]
    assert set(bounds["Efter"]) <= {"senast 12/2024 · pressmeddelande 2024",
                                    "senast 4.12.2025 · pressmeddelande 4.12.2025"}
    assert not events.isin(["31.12.2024"]).any().any()
