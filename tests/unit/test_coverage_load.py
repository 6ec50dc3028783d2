"""`beredskap load stock` moves the coverage figures as expected: a new month appears with the
shares computed from the file, and a correction of a reported month changes that month."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import coverage_db as h
import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner
from coverage_db import CODES, CURRENT, NOV

from dash_beredskap import metrics, queries
from dash_beredskap.cli import cli

DEC = date(2026, 12, 1)


def _load(path: Path, csv: Path) -> None:
    result = CliRunner().invoke(cli, ["load", "stock", str(csv), "--db", str(path)])
    assert result.exit_code == 0, result.output


def _read(path: Path, query, *args):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return query(con.cursor(), *args)
    finally:
        con.close()


def _december_rows() -> list[tuple]:
    """Every region reports every listed item on 1 December with days = 20 + 2 x index; only
    Kronoberg (07) leaves out E. Swedish number format, as Excel writes it."""
    rows = []
    for code in CODES:
        for sid in CURRENT:
            if code == "07" and sid == "E":
                continue
            use = h.consumption(code, sid)
            days = 20.0 + 2 * h.INDEX[code]
            rows.append((DEC, code, sid, days * max(use, 1.0), use))
    return rows


def _write_csv(path: Path, rows: list[tuple]) -> Path:
    lines = ["snapshot_date;region;substance_id;quantity;daily_consumption"]
    for day, code, sid, qty, use in rows:
        lines.append(
            f"{day};{code};{sid};{str(qty).replace('.', ',')};{str(use).replace('.', ',')}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def path(tmp_path: Path) -> Path:
    return h.build(tmp_path / "live.duckdb")


def test_a_new_month_of_stock_appears_with_the_expected_shares(path: Path, tmp_path: Path) -> None:
    before = _read(path, queries.coverage.coverage_months)
    assert pd_date(before["month"].iloc[0]) == NOV
    december = _december_rows()
    _load(path, _write_csv(tmp_path / "lager_december.csv", december))

    months = _read(path, queries.coverage.coverage_months)
    assert pd_date(months["month"].iloc[0]) == DEC
    assert months["n_regions_reporting"].iloc[0] == 21

    stock = h.STOCK + december
    for days in (30, 45):
        targets = metrics.Targets.uniform(days)
        got = _read(path, queries.coverage.region_cover_on, DEC, targets).set_index("region_code")
        expected = h.region_shares(DEC, h.targets_for(days), stock)
        for code in CODES:
            assert got.loc[code, "share_meeting_target"] == pytest.approx(expected[code])
        national = _read(path, queries.coverage.national_cover_trend, targets)
        assert national["share_meeting_target"].iloc[-1] == pytest.approx(
            h.national_share(DEC, h.targets_for(days), stock)
        )
    # at 30 days the fixed-target summary moved the same way
    con = duckdb.connect(str(path), read_only=True)
    try:
        summary = dict(
            con.execute(
                "select region_code, share_meeting_target from v_region_coverage_summary "
                "where snapshot_date = ?",
                [DEC],
            ).fetchall()
        )
    finally:
        con.close()
    expected_30 = h.region_shares(DEC, h.targets_for(30), stock)
    assert summary == pytest.approx(expected_30)
    # Kronoberg did not report E in December: its November report stands (carried forward)
    changes = _read(
        path, queries.coverage.cover_changes, DEC, NOV, metrics.DEFAULT_TARGETS, "07", "sv"
    ).set_index("substance_id")
    e_dec = h.cover(stock)[(DEC, "07", "E")]
    assert e_dec.carried and e_dec.report_date == NOV
    assert changes.loc["E", "change_days"] == 0
    assert changes.loc["E", "status"] == ("still_meeting" if e_dec.meets(30) else "still_below")


def test_a_correction_of_a_reported_month_moves_that_month(path: Path, tmp_path: Path) -> None:
    """Norrbotten sends its missing November report late: it gets a share and a rank."""
    before = _read(path, queries.coverage.region_cover_on, NOV, metrics.DEFAULT_TARGETS)
    assert before.set_index("region_code")["share_meeting_target"].isna().loc["25"]
    late = [
        (NOV, "25", sid, 31.0 * h.consumption("25", sid), h.consumption("25", sid))
        for sid in CURRENT
    ]
    _load(path, _write_csv(tmp_path / "norrbotten_nov.csv", late))
    after = _read(path, queries.coverage.region_cover_on, NOV, metrics.DEFAULT_TARGETS)
    row = after.set_index("region_code").loc["25"]
    assert row["share_meeting_target"] == pytest.approx(1.0)  # 31 days of everything
    assert row["rank"] == 1 and row["n_ranked"] == 21
    curve = _read(path, queries.coverage.cover_distribution, NOV, None).set_index("days")
    assert curve.loc[30, "share_at_least"] == pytest.approx(
        h.national_share(NOV, h.targets_for(30), h.STOCK + late)
    )


def pd_date(value: object) -> date:
    return pd.Timestamp(value).date()
