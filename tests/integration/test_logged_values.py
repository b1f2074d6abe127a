"""Every (entity, field) the services log reads in words on the History page, in the
workbook's history sheet and in the report (one formatter): a catalog name for the field,
and for a value that is a code (a status, a role, yes/no) or a date, never the code itself."""
import re

import pytest
from sqlalchemy import select

from rollout import synthetic
from rollout.catalog import CATALOG
from rollout.domain import DomainError, Frequency, ItemStatus, Role, StepStatus
from rollout.i18n import Words
from rollout.logged_values import value_label
from rollout.models import ChangeEvent
from rollout.permissions import COMMAND_LINE
from rollout.population_source import PopulationSource
from rollout.public_record import releases
from tests.integration.test_permission_matrix import CASES

CODES = {member.value for kind in (StepStatus, ItemStatus, Role, Frequency) for member in kind}
CODES |= {"True", "False"} | {kind.value for kind in PopulationSource} | set(releases())
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@pytest.fixture
def logged(sessions, people):
    """The events of every write service run as an admin, and of a synthetic demo."""
    for case in CASES.values():
        with sessions() as session:
            try:
                case(session, COMMAND_LINE)
            except DomainError:
                pass
    with sessions() as session:
        synthetic.generate(session, "pohde", seed=3)
        return session.execute(select(ChangeEvent.entity, ChangeEvent.field,
                                      ChangeEvent.old_value, ChangeEvent.new_value)
                               .distinct()).all()


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_logged_field_and_value_reads_in_words(logged, lang):
    words = Words(lang)
    pairs = {(entity, field) for entity, field, _, _ in logged}
    assert len(pairs) >= 30, "the services' events were not produced"
    for entity, field in pairs:
        assert f"field.{field}" in CATALOG or f"steps.{field}" in CATALOG, (entity, field)
    for entity, field, *values in logged:
        for value in values:
            shown = value_label(words, entity, field, value)
            if value in CODES:
                assert shown != value and value not in shown.split(), (entity, field, value)
            if value and ISO_DAY.match(value) and field != "note":
                assert not ISO_DAY.match(shown), (entity, field, value, shown)
