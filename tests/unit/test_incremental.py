"""A stock load rebuilds only the agg_* rows its months and regions touch (issue 16 point 2):
after it, every agg_* table equals a full rebuild of the same data, row for row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import query, table_contents

from dash_beredskap import db
from dash_beredskap.ingest.loader import load_file

Rows = list[tuple[date, str, str, float, float]]


def _new_day(last: date, regions: list[str], items: list[str], stored: Rows) -> Rows:
    """The day after the newest report, in the same month, from three regions."""
    day = last + timedelta(days=1)
    assert day.month == last.month
    return [
        (day, r, s, 100.0 + i, 4.5)
        for i, (r, s) in enumerate(zip(regions[:3] * 3, items[:9], strict=True))
    ]


def _new_month(last: date, regions: list[str], items: list[str], stored: Rows) -> Rows:
    """A report in the month after the newest one, from two regions: every region is carried
    forward into that month."""
    day = date(last.year + last.month // 12, last.month % 12 + 1, 3)
    return [(day, r, s, 900.0, 3.0) for r in regions[:2] for s in items[:4]]


def _correction(last: date, regions: list[str], items: list[str], stored: Rows) -> Rows:
    """Stored reports of a month long ago, corrected (and zero use once): the months after it
    that carry it forward change too."""
    return [
        (d, r, s, q * 0.1 + 1, 0.0 if i == 0 else u) for i, (d, r, s, q, u) in enumerate(stored)
    ]


def _write_csv(path: Path, rows: Rows) -> Path:
    lines = ["snapshot_date;region;substance_id;quantity;daily_consumption"]
    lines += [
        f"{d};{r};{s};{str(q).replace('.', ',')};{str(u).replace('.', ',')}"
        for d, r, s, q, u in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _aggregates(path: Path) -> dict[str, list[tuple]]:
    return {t: rows for t, rows in table_contents(path).items() if t.startswith("agg_")}


@pytest.mark.parametrize("case", [_new_day, _new_month, _correction])
def test_incremental_load_equals_full_rebuild(
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: Callable[..., Rows],
) -> None:
    path = tmp_path / "loaded.duckdb"
    db.copy_database(demo_file, path)
    last = query(path, "select max(snapshot_date) from stock_snapshots")[0][0]
    regions = [r[0] for r in query(path, "select region_code from regions order by all")]
    items = [
        r[0] for r in query(path, "select substance_id from stg_priority_current order by all")
    ]
    stored = query(
        path,
        "select snapshot_date, region_code, substance_id, quantity, daily_consumption "
        "from stock_snapshots where snapshot_date = (select min(snapshot_date) from "
        "stock_snapshots where snapshot_date > ? - interval 8 month) "
        "and region_code in ('01', '12') order by all limit 12",
        [last],
    )
    before = _aggregates(path)

    def full_rebuild(con: object) -> None:
        raise AssertionError("a stock load rebuilt every agg_* table")

    monkeypatch.setattr(db, "refresh_derived", full_rebuild)
    load_file(path, "stock", _write_csv(tmp_path / "stock.csv", case(last, regions, items, stored)))
    monkeypatch.undo()
    incremental = _aggregates(path)

    reference = tmp_path / "reference.duckdb"
    db.copy_database(path, reference)
    db.publish_change(reference, db.refresh_derived)
    full = _aggregates(reference)
    assert incremental.keys() == full.keys()
    for table in full:
        assert incremental[table] == full[table], table
    changed = [t for t in full if full[t] != before[t]]
    assert {"agg_coverage_monthly", "agg_priority_cover", "agg_coverage_summary"} <= set(changed)
