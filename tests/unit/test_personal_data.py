"""Personal data in observations' free text: identity codes, phone numbers, e-mail."""
from datetime import date

import pytest
from hypothesis import given, strategies as st

from rollout.personal_data import CHECK_CHARACTERS, is_identity_code, mask, personal_data

SIGNS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}


def identity_code(born: date, individual: int, sign: str) -> str:
    digits = f"{born:%d%m}{born.year % 100:02d}"
    return f"{digits}{sign}{individual:03d}" + \
        CHECK_CHARACTERS[int(f"{digits}{individual:03d}") % 31]


@st.composite
def valid_codes(draw):
    born = draw(st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)))
    sign = draw(st.sampled_from(SIGNS[born.year // 100 * 100]))
    return identity_code(born, draw(st.integers(2, 999)), sign)


@pytest.mark.parametrize("code", ["131052-308T", "010594Y9032", "010594Y9021", "020594X903P",
                                  "010516B903X", "010516A903X", "131052U308T",
                                  "131052w308t"])
def test_published_examples_and_every_century_sign_are_identity_codes(code):
    assert is_identity_code(code)


@pytest.mark.parametrize("code", ["131052-308U",   # wrong check character
                                  "310252-308T",   # 31 February
                                  "131052G308T",   # not a century sign
                                  "131052-30T"])   # too short
def test_lookalikes_are_not_identity_codes(code):
    assert not is_identity_code(code)


@given(valid_codes(), st.text(alphabet=" abcäö,.", max_size=20))
def test_any_valid_identity_code_in_text_is_found_where_it_is(code, before):
    text = f"{before} {code} jatkuu"
    found = [f for f in personal_data(text) if f.kind == "identity_code"]
    assert [f.position for f in found] == [len(before) + 2]


@given(valid_codes())
def test_a_wrong_check_character_is_not_an_identity_code(code):
    wrong = next(c for c in CHECK_CHARACTERS if c != code[-1])
    assert not is_identity_code(code[:-1] + wrong)


@pytest.mark.parametrize("text, kind", [
    ("soita 040 123 4567 illalla", "phone"),
    ("numero 0401234567", "phone"),
    ("puh. 040-123 4567", "phone"),
    ("tavoittaa +358 40 123 4567", "phone"),
    ("tai 00358401234567", "phone"),
    ("vaihde (08) 558 4000", "phone"),
    ("posti: anna.asiakas@example.fi", "email"),
    ("Maija.M+perhe@posti.example.com", "email"),
])
def test_phone_numbers_and_email_addresses_are_found(text, kind):
    assert [finding.kind for finding in personal_data(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Vuonna 2024 noin 150 perhettä, 12.3.2025 klo 10-12.",
    "Lapset 0-6 v. ja 7-12 v.; 3 työpäivää; 25 %.",
    "Pyydä apua -lomakkeella tuli 42 yhteydenottoa",
    "Koulupoissaoloja 2023–2024 lukuvuonna",
])
def test_ordinary_numbers_dates_and_years_are_not_personal_data(text):
    assert personal_data(text) == []


def test_findings_come_in_reading_order_and_are_masked():
    text = "Hetu 131052-308T, puh 040 123 4567, maija@example.fi"
    findings = personal_data(text)
    assert [(f.kind, f.position) for f in findings] == [
        ("identity_code", 6), ("phone", 23), ("email", 37)]
    assert all("*" in f.masked and "308T" not in f.masked for f in findings)


def test_mask_keeps_the_length_and_only_a_few_first_characters():
    assert mask("040 123 4567") == "040 ********"
