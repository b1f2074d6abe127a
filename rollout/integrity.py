"""Names that must be unique, as the database enforces them: what a database already holds
against those rules, listed before the migration that adds the unique indexes (it then
stops and changes nothing), and the message `python -m rollout init` prints about it."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, text

from rollout.i18n import translate

LANGUAGES = ("fi", "sv", "en")

# What must be unique: (what, its table and column, the SQL giving each row's scope, the
# scope's label, the name and the id).
RULES = [
    ("family centre", "family_centre.name",
     "SELECT a.region_id, r.name, c.name, c.id FROM family_centre c "
     "JOIN family_centre_area a ON a.id = c.area_id JOIN region r ON r.id = a.region_id"),
    ("family-centre area", "family_centre_area.name",
     "SELECT a.region_id, r.name, a.name, a.id FROM family_centre_area a "
     "JOIN region r ON r.id = a.region_id"),
    ("programme", "programme.name", "SELECT 0, '', name, id FROM programme"),
    *((f"step name ({lang})", f"step_template.name_{lang}",
       f"SELECT s.programme_id, p.name, s.name_{lang}, s.id "
       "FROM step_template s JOIN programme p ON p.id = s.programme_id") for lang in LANGUAGES),
    *((f"checklist item text ({lang})", f"checklist_item_template.text_{lang}",
       f"SELECT i.step_id, p.name || ', step ' || s.position, i.text_{lang}, i.id "
       "FROM checklist_item_template i JOIN step_template s ON s.id = i.step_id "
       "JOIN programme p ON p.id = s.programme_id WHERE i.retired_at IS NULL")
      for lang in LANGUAGES),
]


@dataclass(frozen=True)
class Duplicate:
    """Rows that hold one name where it must be unique: what they are, where, and their ids."""
    what: str
    column: str  # table.column
    where: str
    name: str
    ids: tuple[int, ...]

    def __str__(self) -> str:
        place = f" in {self.where}" if self.where else ""
        return (f"{self.what} {self.name!r}{place}: {self.column}, ids "
                f"{', '.join(map(str, self.ids))}")


class DuplicateNames(RuntimeError):
    """The database holds names twice that the next migration makes unique."""

    def __init__(self, duplicates: list[Duplicate]) -> None:
        self.duplicates = duplicates
        super().__init__("names that must be unique are stored twice; nothing was changed:\n"
                         + "\n".join(f"  {duplicate}" for duplicate in duplicates))


def find_duplicates(connection: Connection) -> list[Duplicate]:
    """Every name stored more than once where it must be unique (compared without case)."""
    found = []
    for what, column, statement in RULES:
        groups: dict[tuple, list] = defaultdict(list)
        for scope, where, name, row_id in connection.execute(text(statement)):
            groups[(scope, (name or "").casefold())].append((where, name, row_id))
        for rows in groups.values():
            if len(rows) > 1:
                rows.sort(key=lambda row: row[2])  # named as the oldest row has it
                found.append(Duplicate(what, column, rows[0][0], rows[0][1],
                                       tuple(row[2] for row in rows)))
    return found


def how_to_resolve(duplicates: DuplicateNames, lang: str) -> str:
    """What an admin does about them, with an SQL example for the first."""
    first = duplicates.duplicates[0]
    table, column = first.column.split(".")
    example = f"UPDATE {table} SET {column} = {column} || ' (2)' WHERE id = {first.ids[-1]};"
    return translate("init.resolve_duplicates", lang, example=example)

