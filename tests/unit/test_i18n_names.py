"""Substance names read as a Swedish or English reader writes them, for every substance the
demo database holds (the frame `demo._substances` inserts, built from data/reference).

The EU list title-cases every word ("Factor Viii", "Bcg Vaccine"): the names file corrects
that and gives the Swedish INN form. These checks fail on any name that slips back.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from dash_beredskap import demo, reference

# a title-cased roman numeral ("Viii") is the mark of str.title() on a factor's name
TITLE_CASED_ROMAN = re.compile(r"\b(Ii|Iii|Iv|Vi|Vii|Viii|Ix|Xi|Xii|Xiii)\b")
# English words that have a Swedish form; "human" (lower case) is Swedish too
ENGLISH_WORDS = re.compile(
    r"\b(vaccine|factor|acid|sodium|potassium|immunoglobulin|and|with|various|chloride|"
    r"sulfate|inactivated|live)\b|(?-i:\bHuman\b)",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\s,()/-]+")


@pytest.fixture(scope="module")
def substances() -> pd.DataFrame:
    return demo._substances(reference.read_critical_medicines())


def later_capitals(name: str) -> list[str]:
    """Words after the first that start upper case yet hold lower case and no digit: what
    str.title() leaves ("Vaccine", "Viii"); acronyms (BCG, IIR), numerals (VIII) and isotopes
    (99mTc) pass."""
    words = WORD.findall(name)[1:]
    return [
        w
        for w in words
        if w[0].isupper() and any(c.islower() for c in w) and not any(c.isdigit() for c in w)
    ]


def test_every_listed_substance_has_both_names_and_no_name_is_stale() -> None:
    listed = set(reference.read_critical_medicines()["name"])
    names = reference.read_substance_names()
    assert set(names.index) == listed
    assert (names["name_sv"].str.strip() != "").all()
    assert (names["name_en"].str.strip() != "").all()


@pytest.mark.parametrize("column", ["name_sv", "name_en"])
def test_no_name_is_title_cased(substances: pd.DataFrame, column: str) -> None:
    roman = [n for n in substances[column] if TITLE_CASED_ROMAN.search(n)]
    assert roman == []
    capitals = {n: later_capitals(n) for n in substances[column] if later_capitals(n)}
    assert capitals == {}


def test_swedish_names_hold_no_english_words(substances: pd.DataFrame) -> None:
    english = {n: [m[0] for m in ENGLISH_WORDS.finditer(n)] for n in substances["name_sv"]}
    assert {n: w for n, w in english.items() if w} == {}


def test_swedish_names_are_not_the_title_cased_english(substances: pd.DataFrame) -> None:
    medicines = substances[substances["category"] == "medicine"]
    titled = medicines[medicines["name_sv"] == medicines["name_en"].str.title()]
    # the same word in both languages is fine ("Propofol"); a title-cased phrase is not
    assert titled[titled["name_sv"].str.contains(" ")]["name_sv"].tolist() == []
    # most INNs have a Swedish spelling (c -> k, -ine -> -in, ph -> f)
    assert (medicines["name_sv"] != medicines["name_en"]).mean() > 0.6


@pytest.mark.parametrize(
    ("listed", "sv", "en"),
    [
        ("Antithrombin Iii", "Antitrombin III", "Antithrombin III"),
        ("Bcg Vaccine (Various Forms)", "BCG-vaccin (olika former)", "BCG vaccine (various forms)"),
        ("Human Coagulation Factor Viii", "Koagulationsfaktor VIII (human)",
         "Human coagulation factor VIII"),
        ("Human Normal Immunoglobulin", "Immunglobulin (humant, normalt)",
         "Human normal immunoglobulin"),
        ("Epinephrine", "Adrenalin", "Epinephrine"),
        ("Tranexamic Acid", "Tranexamsyra", "Tranexamic acid"),
    ],
)  # fmt: skip
def test_known_names(listed: str, sv: str, en: str) -> None:
    names = reference.read_substance_names()
    assert (names.loc[listed, "name_sv"], names.loc[listed, "name_en"]) == (sv, en)
