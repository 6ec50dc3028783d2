"""The grant deadline rules (metrics.deadline_status) on chosen dates, and the helpers around them.

Each rule is stated in docs/method.md ("Deadlines"); every branch of it is pinned here with
plain values, so the page's status is the documented one.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dash_beredskap.metrics import (
    DEADLINE_STATUSES,
    count_statuses,
    deadline_status,
    deadline_statuses,
    summarise_deadlines,
)
from dash_beredskap.ui.grants.charts import instrument_colours, short_instrument_name

# The 2024 agreement: requisition by 2024-12-01, usable 2024-2025, repay by 2026-03-31,
# regions report by 2025-10-01 (seed 003, sections 4.1 and 5).
REQUISITION = date(2024, 12, 1)
USAGE_END = date(2025, 12, 31)
REPAYMENT = date(2026, 3, 31)
REPORT = date(2025, 10, 1)


# ------------------------------------------------------------------ requisition


@pytest.mark.parametrize(
    ("as_of", "by_deadline", "expected"),
    [
        (date(2024, 6, 1), 0, "due"),  # before the deadline, nothing yet
        (date(2024, 12, 1), 0, "due"),  # on the deadline day it is still due
        (date(2024, 12, 2), 0, "overdue"),  # the day after: overdue
        (date(2024, 6, 1), 1_000, "done"),
        (date(2025, 6, 1), 1_000, "done"),  # requisitioned in time, asked later
    ],
)
def test_requisition(as_of: date, by_deadline: int, expected: str) -> None:
    got = deadline_status(
        "requisition",
        REQUISITION,
        as_of,
        requisitioned_sek=by_deadline,
        requisitioned_by_deadline_sek=by_deadline,
    )
    assert got == expected


def test_a_late_requisition_stays_overdue() -> None:
    # 5 000 kr requisitioned on 2025-01-10, after the deadline: the right had lapsed
    got = deadline_status(
        "requisition",
        REQUISITION,
        date(2025, 2, 1),
        requisitioned_sek=5_000,
        requisitioned_by_deadline_sek=0,
    )
    assert got == "overdue"


def test_requisition_unknown_without_requisition_data() -> None:
    for as_of in (date(2024, 6, 1), date(2025, 6, 1)):
        assert deadline_status("requisition", REQUISITION, as_of) == "unknown"


# ------------------------------------------------------------------ end of the usage window


@pytest.mark.parametrize(
    ("as_of", "requisitioned", "used", "reported", "expected"),
    [
        (date(2025, 6, 1), 1_000, 400, True, "due"),  # window open, money left
        (date(2025, 6, 1), 1_000, 1_000, True, "done"),  # all used before the end
        (date(2025, 12, 31), 1_000, 400, True, "due"),  # last day of the window
        (date(2026, 1, 1), 1_000, 400, True, "done"),  # closed, use reported
        (date(2026, 1, 1), 1_000, 0, False, "unknown"),  # closed, nothing reported
        (date(2026, 1, 1), 0, 0, False, "done"),  # nothing requisitioned: nothing to use
    ],
)
def test_usage_end(
    as_of: date, requisitioned: int, used: int, reported: bool, expected: str
) -> None:
    got = deadline_status(
        "usage_end",
        USAGE_END,
        as_of,
        requisitioned_sek=requisitioned,
        used_sek=used,
        use_reported=reported,
    )
    assert got == expected


def test_usage_end_is_never_overdue() -> None:
    for as_of in (date(2026, 1, 1), date(2030, 1, 1)):
        for used, reported in ((0, False), (10, True)):
            got = deadline_status(
                "usage_end",
                USAGE_END,
                as_of,
                requisitioned_sek=1_000,
                used_sek=used,
                use_reported=reported,
            )
            assert got != "overdue"


def test_usage_end_unknown_without_use_data() -> None:
    got = deadline_status("usage_end", USAGE_END, date(2026, 1, 1), requisitioned_sek=1_000)
    assert got == "unknown"


# ------------------------------------------------------------------ repayment


@pytest.mark.parametrize(
    ("as_of", "requisitioned", "used", "repaid", "expected"),
    [
        # window open (as_of <= usage end): unused money may still be used
        (date(2025, 6, 1), 1_000, 400, 0, "due"),
        (date(2025, 6, 1), 0, 0, 0, "due"),  # nothing requisitioned yet: not done early
        (date(2025, 6, 1), 1_000, 400, 600, "done"),  # repaid early in full
        # window closed, before the repayment deadline
        (date(2026, 2, 1), 1_000, 1_000, 0, "done"),  # nothing unused
        (date(2026, 2, 1), 1_000, 400, 0, "due"),
        (date(2026, 2, 1), 1_000, 400, 300, "due"),  # part repaid
        (date(2026, 3, 31), 1_000, 400, 600, "done"),  # repaid on the deadline day
        # after the deadline
        (date(2026, 4, 1), 1_000, 400, 0, "overdue"),
        (date(2026, 4, 1), 1_000, 400, 599, "overdue"),  # one krona short
        (date(2026, 4, 1), 1_000, 400, 600, "done"),
        (date(2026, 4, 1), 1_000, 1_200, 0, "done"),  # used more than requisitioned
    ],
)
def test_repayment(as_of: date, requisitioned: int, used: int, repaid: int, expected: str) -> None:
    got = deadline_status(
        "repayment",
        REPAYMENT,
        as_of,
        requisitioned_sek=requisitioned,
        used_sek=used,
        repaid_sek=repaid,
        usage_end=USAGE_END,
    )
    assert got == expected


def test_repayment_unknown_when_data_is_missing() -> None:
    after = date(2026, 4, 1)
    # no use data: unused money cannot be known
    got = deadline_status(
        "repayment", REPAYMENT, after, requisitioned_sek=1_000, usage_end=USAGE_END
    )
    assert got == "unknown"
    # no repayment of the instrument loaded at all, money unused, deadline passed
    got = deadline_status(
        "repayment", REPAYMENT, after, requisitioned_sek=1_000, used_sek=400, usage_end=USAGE_END
    )
    assert got == "unknown"
    # ... but before the deadline it is simply due
    got = deadline_status(
        "repayment",
        REPAYMENT,
        date(2026, 2, 1),
        requisitioned_sek=1_000,
        used_sek=400,
        usage_end=USAGE_END,
    )
    assert got == "due"


# ------------------------------------------------------------------ report


@pytest.mark.parametrize(
    ("as_of", "submitted_on", "expected"),
    [
        (date(2025, 9, 30), None, "due"),
        (date(2025, 10, 1), None, "due"),
        (date(2025, 10, 2), None, "overdue"),
        (date(2025, 10, 2), date(2025, 9, 20), "done"),
        (date(2025, 9, 25), date(2025, 9, 20), "done"),
        (date(2025, 9, 15), date(2025, 9, 20), "due"),  # submitted later than as_of: not yet
    ],
)
def test_report(as_of: date, submitted_on: date | None, expected: str) -> None:
    """Issue 12, point 7: a report is done when it is submitted, judged from `reports`."""
    got = deadline_status(
        "report", REPORT, as_of, report_submitted_on=submitted_on, reports_loaded=True
    )
    assert got == expected


def test_a_report_submitted_late_shows_overdue_then_done() -> None:
    """Due 2025-10-01, submitted 2025-11-15: overdue in between, done from the submission on."""
    late = {"report_submitted_on": date(2025, 11, 15), "reports_loaded": True}
    assert deadline_status("report", REPORT, date(2025, 9, 30), **late) == "due"
    assert deadline_status("report", REPORT, date(2025, 10, 20), **late) == "overdue"
    assert deadline_status("report", REPORT, date(2025, 11, 14), **late) == "overdue"
    assert deadline_status("report", REPORT, date(2025, 11, 15), **late) == "done"


def test_grant_use_is_not_a_report() -> None:
    """Money used is not a report submitted (the old rule judged the report from use)."""
    got = deadline_status(
        "report", REPORT, date(2025, 10, 2), used_sek=1_000, use_reported=True,
        reports_loaded=True,
    )  # fmt: skip
    assert got == "overdue"


def test_report_unknown_without_any_report_loaded() -> None:
    assert deadline_status("report", REPORT, date(2025, 10, 2)) == "unknown"
    assert deadline_status("report", REPORT, date(2025, 10, 2), use_reported=True) == "unknown"


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="deadline kind"):
        deadline_status("payment", REPORT, date(2025, 1, 1))


# ------------------------------------------------------------------ frames


def _facts() -> pd.DataFrame:
    rows = [
        # instrument, recipient, kind, deadline, req, req_by_deadline, used, reported, repaid
        ("g1", "01", "requisition", REQUISITION, 600, 600, 500, True, 0),
        ("g1", "06", "requisition", REQUISITION, 400, 0, 400, True, 0),
        ("g1", "01", "repayment", REPAYMENT, 600, 600, 500, True, 100),
        ("g1", "06", "repayment", REPAYMENT, 400, 0, 300, True, 0),
        ("g2", "SKR", "report", REPORT, None, None, None, False, None),
    ]
    df = pd.DataFrame(
        rows,
        columns=[
            "instrument_id", "region_code", "deadline_kind", "deadline_date",
            "requisitioned_sek", "requisitioned_by_deadline_sek", "used_sek",
            "use_reported", "repaid_sek",
        ],
    )  # fmt: skip
    df["deadline_date"] = pd.to_datetime(df["deadline_date"])
    df["usage_end"] = pd.Timestamp(USAGE_END)
    df["instrument_name"] = df["instrument_id"].str.upper()
    return df


def test_deadline_statuses_on_a_frame() -> None:
    got = deadline_statuses(_facts(), date(2026, 4, 1))
    assert got["status"].tolist() == ["done", "overdue", "done", "overdue", "unknown"]
    assert got["days_left"].tolist() == [-486, -486, -1, -1, -182]
    assert got["is_passed"].all()
    before = deadline_statuses(_facts(), date(2024, 11, 30))
    assert before["days_left"].tolist()[:2] == [1, 1]
    # the facts are as given (not filtered by date): 01 repaid its 100 unused kronor early
    assert before["status"].tolist() == ["done", "due", "done", "due", "unknown"]


def test_summary_counts_recipients_per_status_in_date_order() -> None:
    summary = summarise_deadlines(deadline_statuses(_facts(), date(2026, 4, 1)))
    assert summary[["instrument_id", "deadline_kind"]].values.tolist() == [
        ["g1", "requisition"],
        ["g2", "report"],
        ["g1", "repayment"],
    ]
    assert summary["n_recipients"].tolist() == [2, 1, 2]
    assert summary[[f"n_{s}" for s in DEADLINE_STATUSES]].values.tolist() == [
        [1, 0, 1, 0],
        [0, 0, 0, 1],
        [1, 0, 1, 0],
    ]
    assert summary["instrument_name"].tolist() == ["G1", "G2", "G1"]


def test_summary_of_nothing_is_empty() -> None:
    empty = deadline_statuses(_facts().iloc[0:0], date(2026, 1, 1))
    summary = summarise_deadlines(empty)
    assert summary.empty
    assert "n_overdue" in summary.columns
    assert count_statuses(empty) == {"done": 0, "due": 0, "overdue": 0, "unknown": 0}


def test_status_counts() -> None:
    got = count_statuses(deadline_statuses(_facts(), date(2026, 4, 1)))
    assert got == {"done": 2, "due": 0, "overdue": 2, "unknown": 1}
    assert list(got) == list(DEADLINE_STATUSES)


# ------------------------------------------------------------------ instrument names and colours


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Överenskommelse om hälso- och sjukvårdens arbete med civilt försvar 2018",
         "Civilt försvar 2018"),
        ("Tilläggsöverenskommelse om försörjningsberedskap för läkemedel 2023, SKR:s del",
         "Tillägg läkemedel 2023, SKR"),
        ("Överenskommelse om försörjningsberedskap för läkemedel 2024", "Läkemedel 2024"),
        ("Agreement on supply preparedness for medicines 2024, SKR's share",
         "Medicines 2024, SKR"),
        ("Exempel: överenskommelse om försörjningsberedskap för läkemedel 2026 (inte verklig)",
         "Exempel: Läkemedel 2026 (inte verklig)"),
        ("Statsbidrag enligt förordning (2023:489) om statsbidrag till regioner för beredskap",
         "Statsbidrag enligt förordning (2023:489…"),
    ],
)  # fmt: skip
def test_short_instrument_names(name: str, short: str) -> None:
    assert short_instrument_name(name) == short


def test_instrument_colours_one_hue_per_family_newest_darkest() -> None:
    names = [
        "Överenskommelse om hälso- och sjukvårdens arbete med civilt försvar 2022",
        "Överenskommelse om hälso- och sjukvårdens arbete med civilt försvar 2023",
        "Överenskommelse om försörjningsberedskap för läkemedel 2024",
    ]
    colours = instrument_colours(names)
    assert len(set(colours.values())) == 3
    old, new, other = (colours[n] for n in names)

    def lightness(c: str) -> int:
        return sum(int(c[i : i + 2], 16) for i in (1, 3, 5))

    assert lightness(old) > lightness(new)  # the older year lighter
    assert new == "#1f5f8b" and other == "#e69f00"  # each family's newest in its own hue


# ------------------------------------------------------------------ assignments (issue 12, 10)


def test_an_assignment_date_is_due_then_unknown_never_overdue() -> None:
    from dash_beredskap.metrics import assignment_date_status

    final = date(2027, 1, 15)
    assert assignment_date_status(final, date(2026, 11, 1)) == "due"
    assert assignment_date_status(final, final) == "due"
    assert assignment_date_status(final, date(2027, 1, 16)) == "unknown"
    assert assignment_date_status(final, date(2027, 1, 16), date(2027, 1, 14)) == "done"
    assert assignment_date_status(final, date(2027, 1, 10), date(2027, 1, 14)) == "due"
