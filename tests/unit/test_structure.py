"""House rules that keep the layers apart and the texts complete."""
import ast
import re
from pathlib import Path

import pytest

from rollout.catalog import CATALOG
from rollout.config import ENVIRONMENT_VARIABLES, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "rollout"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", [p for p in PACKAGE.rglob("*.py") if "ui" not in p.parts],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_outside_ui_imports_streamlit(path):
    assert not any(name.split(".")[0] == "streamlit" for name in imported_modules(path))


@pytest.mark.parametrize("path", sorted((ROOT / "pages").glob("*.py")),
                         ids=lambda p: p.name)
def test_a_page_reaches_the_application_only_through_rollout_ui(path):
    """Pages wire widgets to rollout.ui (and format with rollout.i18n); rollout.ui owns the
    database sessions and the read models."""
    ours = {name for name in imported_modules(path) if name.split(".")[0] == "rollout"}
    assert {name for name in ours if not name.startswith(("rollout.ui", "rollout.i18n"))
            and name != "rollout"} == set()
    source = path.read_text(encoding="utf-8")
    assert "from rollout import" not in source.replace("from rollout import i18n", "")
    assert "session_factory" not in source


def test_every_catalog_key_has_all_three_languages():
    incomplete = [key for key, texts in CATALOG.items()
                  if set(texts) != set(LANGUAGES) or not all(text.strip()
                                                             for text in texts.values())]
    assert incomplete == []


def test_placeholders_are_the_same_in_every_language():
    def placeholders(text):
        return set(re.findall(r"{(\w+)}", text))
    mismatched = [key for key, texts in CATALOG.items()
                  if not placeholders(texts["fi"]) == placeholders(texts["sv"])
                  == placeholders(texts["en"])]
    assert mismatched == []


def test_every_catalog_key_used_in_code_exists():
    sources = [*ROOT.glob("pages/*.py"), ROOT / "app.py", *PACKAGE.rglob("*.py")]
    used, counted = set(), set()
    for path in sources:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""", text))
        counted |= set(re.findall(r"""\btc\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""", text))
    assert used - set(CATALOG) == set()
    assert {f"{key}.{form}" for key in counted for form in ("one", "other")} - set(CATALOG) \
        == set()


def test_every_refusal_has_a_message():
    """A DomainError's key is the message the user reads (i18n.error_message)."""
    raised = set()
    for path in PACKAGE.rglob("*.py"):
        raised |= set(re.findall(r"""DomainError\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""",
                                 path.read_text(encoding="utf-8")))
    assert len(raised) > 20
    assert raised - set(CATALOG) == set()


def test_no_catalog_key_is_defined_twice():
    """Within a module a repeated dict key silently wins, so read the literals themselves."""
    keys = []
    for path in (PACKAGE / "catalog").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "TEXTS":
                keys += [key.value for key in node.value.keys]
    assert len(keys) == len(CATALOG)
    assert sorted(key for key in set(keys) if keys.count(key) > 1) == []


def test_texts_for_a_count_have_both_forms_and_the_count():
    counted = {key.rsplit(".", 1)[0] for key in CATALOG if key.endswith((".one", ".other"))}
    incomplete = [key for key in counted
                  if not all(f"{key}.{form}" in CATALOG and all(
                      "{count}" in text for text in CATALOG[f"{key}.{form}"].values())
                      for form in ("one", "other"))]
    assert incomplete == []


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [name for name in ENVIRONMENT_VARIABLES if name not in readme] == []
