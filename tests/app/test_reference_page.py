"""The benchmark's reference page is in the menu only when ROLLOUT_BENCH_REFERENCE_PAGE is 1."""
import pytest
from streamlit.testing.v1 import AppTest


def menu_script():
    """Writes the menu of a manager (any signed-in reader) as `url path=title` pairs."""
    import streamlit as st

    from rollout.domain import Role
    from rollout.permissions import Actor
    from rollout.ui.navigation import pages_for
    st.write(", ".join(f"{page.url_path}={page.title}"
                       for page in pages_for(Actor("reader", role=Role.MANAGER))))


def menu(monkeypatch, value: str | None) -> list[str]:
    if value is None:
        monkeypatch.delenv("ROLLOUT_BENCH_REFERENCE_PAGE", raising=False)
    else:
        monkeypatch.setenv("ROLLOUT_BENCH_REFERENCE_PAGE", value)
    app = AppTest.from_function(menu_script).run()
    assert not app.exception
    return app.markdown[0].value.split(", ")


@pytest.mark.parametrize("value", [None, "0", ""])
def test_the_menu_has_no_reference_page_without_the_variable(monkeypatch, value):
    entries = menu(monkeypatch, value)
    assert len(entries) > 5
    assert not any(entry.startswith("reference=") for entry in entries)


def test_the_reference_page_is_the_menus_last_entry_with_the_variable(monkeypatch):
    entries = menu(monkeypatch, "1")
    assert entries[-1] == "reference=Vertailusivu"
    assert sum(entry.startswith("reference=") for entry in entries) == 1
