"""The pure reshaping behind the grants pages: labels per language, deadlines split in two."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dash_beredskap.metrics import split_deadlines
from dash_beredskap.ui.fmt import MISSING
from dash_beredskap.ui.grants import tables

AGREEMENT = "Överenskommelse om försörjningsberedskap för läkemedel 2024"


def test_instrument_rows_label_recipient_key_and_basis() -> None:
    instruments = pd.DataFrame(
        {
            "instrument_name": [AGREEMENT, "Civilt försvar"],
            "recipient": ["regions", "skr"],
            "distribution_key": ["population", "fixed"],
            "allocation_basis": ["mixed", None],
        }
    )
    got = tables.instrument_rows(instruments, "en")
    assert got["short_name"].tolist() == ["Läkemedel 2024", "Civilt försvar"]
    assert got["recipient_label"].tolist() == ["The regions", "SKR"]
    assert got["key_label"].tolist() == ["Population share", "Fixed amount"]
    assert got["basis_label"].tolist() == ["Mixed", MISSING]
    assert tables.instrument_rows(instruments, "sv")["basis_label"].tolist() == [
        "Blandad",
        MISSING,
    ]


def test_key_reconciliation_and_deadline_labels() -> None:
    key = pd.DataFrame({"basis": ["published", "computed", None]})
    assert tables.key_rows(key, "sv")["basis_label"].tolist() == ["Publicerad", "Beräknad", MISSING]
    found = pd.DataFrame({"rule": ["used_over_allocated"]})
    assert tables.reconciliation_rows(found, "sv")["rule_label"].tolist() == [
        "Använt mer än tilldelat"
    ]
    statuses = pd.DataFrame({"deadline_kind": ["report"], "status": ["overdue"]})
    got = tables.deadline_rows(statuses, "sv")
    assert (got["kind_label"].iloc[0], got["status_label"].iloc[0]) == ("Redovisning", "Försenad")
    costs = pd.DataFrame({"category": ["storage", "medicines", "storage"]})
    assert tables.cost_category_labels(costs, "sv") == {
        "storage": "Lagerhållning",
        "medicines": "Läkemedel",
    }


def test_split_deadlines_ahead_soonest_first_passed_latest_first() -> None:
    summary = pd.DataFrame(
        {
            "deadline_date": [
                date(2025, 1, 1),
                date(2025, 6, 1),
                date(2026, 1, 1),
                date(2027, 1, 1),
            ],
            "is_passed": [True, True, False, False],
        }
    )
    upcoming, passed = split_deadlines(summary)
    assert upcoming["deadline_date"].tolist() == [date(2026, 1, 1), date(2027, 1, 1)]
    assert passed["deadline_date"].tolist() == [date(2025, 6, 1), date(2025, 1, 1)]
    assert list(passed.index) == [0, 1]
