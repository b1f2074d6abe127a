"""Actions previewed before they are saved (bulk updates, a centre's readiness items).

A preview belongs to exactly the inputs it was made from: changing any input discards it,
and saving checks once more that the widgets still hold those inputs, so what is saved is
always what the preview showed. The outcome stands beside the buttons."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from rollout.ui.callbacks import acting
from rollout.ui.context import notify, show_notice, t


@dataclass(frozen=True)
class Preview:
    inputs: object
    changes: object  # a tuple of changes, or an object that lists them (a workbook's plan)


@dataclass(frozen=True)
class PreviewedAction:
    """`read` gives the inputs as the widgets hold them (also inside a callback), `plan` the
    changes they would make (a list, or an object listing them; raising DomainError when
    refused), `save` stores a preview's changes and says what it did. A `deferred` action
    runs them where the page calls `run_deferred()`, not in the button's callback, so that
    what they draw (a progress bar) stands in its place on the page."""
    place: str
    read: Callable[[], object]
    plan: Callable[[object], list]
    save: Callable[[Preview], str]
    deferred: bool = False

    def current(self) -> Preview | None:
        """The preview of the inputs the widgets hold now, if one was made."""
        preview = st.session_state.get(self._key)
        if preview is not None and preview.inputs != self.read():
            del st.session_state[self._key]  # made from other inputs: never saved
            return None
        return preview

    def preview_button(self, label: str, **options) -> None:
        st.button(label, key=f"{self.place}.preview_button", on_click=self._run,
                  args=("preview",), **options)

    def save_button(self, preview: Preview, label: str) -> None:
        st.button(label, key=f"{self.place}.save_button", type="primary", on_click=self._run,
                  args=("save", preview))

    def run_deferred(self) -> None:
        """Run the preview or save a deferred action's button asked for, here."""
        pending = st.session_state.pop(f"{self.place}.pending", None)
        if pending is not None:
            self._act(*pending)

    def _run(self, action: str, *args: object) -> None:
        if self.deferred:
            st.session_state[f"{self.place}.pending"] = (action, *args)
        else:
            self._act(action, *args)

    def _act(self, action: str, *args: object) -> None:
        (self._preview if action == "preview" else self._save)(*args)

    def show_outcome(self) -> None:
        show_notice(self.place)

    @property
    def _key(self) -> str:
        return f"{self.place}.preview"

    def _preview(self) -> None:
        st.session_state.pop(self._key, None)
        inputs = self.read()
        with acting(self.place):
            changes = self.plan(inputs)
            st.session_state[self._key] = Preview(
                inputs, tuple(changes) if isinstance(changes, list) else changes)

    def _save(self, preview: Preview) -> None:
        st.session_state.pop(self._key, None)
        if self.read() != preview.inputs:
            notify(self.place, "warning", t("bulk.inputs_changed"))
            return
        with acting(self.place):
            notify(self.place, "success", self.save(preview))
