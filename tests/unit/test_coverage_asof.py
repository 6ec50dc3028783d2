"""Issue 13 defect 4 on the demo database: a partly reported month never moves the national
figure. The expected shares are recomputed here in pandas from stock_snapshots alone, with the
documented rule (docs/method.md, "Each region's latest report"): a (month, region, item) stands
on the latest report dated on or before the month's last day, if it is at most 92 days old then;
it meets the 30-day target with days of cover (capped at the days to expiry) >= 30, or with zero
consumption and at least 1 unit in stock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import stock_as_table

from dash_beredskap import db, metrics, queries
from dash_beredskap.ingest.loader import load_file

MAX_AGE = 92  # the documented rule, written here on its own
NEW_DAY = date(2026, 12, 3)  # after the demo's newest snapshot (2026-11-01), in a new month


@pytest.fixture(scope="module")
def demo(demo_file: Path) -> Path:
    return demo_file


def _read(path: Path, sql: str, params: list | None = None) -> pd.DataFrame:
    con = db.connect_read_only(path)
    try:
        return con.execute(sql, params or []).df()
    finally:
        con.close()


def _trend(path: Path) -> pd.DataFrame:
    con = db.connect_read_only(path)
    try:
        return queries.coverage.national_cover_trend(con.cursor()).set_index("month")
    finally:
        con.close()


def _stock_and_list(path: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    stock = _read(path, "select * from stock_snapshots")
    items = _read(
        path,
        "select i.substance_id from priority_list_items i join priority_lists l "
        "using (list_version) join substances s using (substance_id) "
        "where l.is_current and s.category in ('medicine', 'device')",
    )
    regions = _read(path, "select region_code from regions")["region_code"].tolist()
    return stock, items, regions


def expected_month(stock: pd.DataFrame, items: pd.DataFrame, regions: list[str], month: date):
    """Per (region, item) of the list at `month`: has_report and is_meeting, by the rule."""
    end = (pd.Timestamp(month) + pd.offsets.MonthEnd(0)).date()
    s = stock[pd.to_datetime(stock["snapshot_date"]).dt.date <= end].copy()
    s = s.sort_values("snapshot_date").groupby(["region_code", "substance_id"]).tail(1)
    s["age"] = [(end - pd.Timestamp(d).date()).days for d in s["snapshot_date"]]
    s = s[s["age"] <= MAX_AGE]
    expiry = pd.to_datetime(s["expiry_date"])
    to_expiry = (expiry - pd.to_datetime(s["snapshot_date"])).dt.days.clip(lower=0)
    days = s["quantity"] / s["daily_consumption"].where(s["daily_consumption"] > 0)
    days = days.where(to_expiry.isna(), pd.concat([days, to_expiry], axis=1).min(axis=1))
    zero = s["daily_consumption"] == 0
    s["is_meeting"] = (zero & (s["quantity"] >= 1)) | (~zero & (days >= 30))
    grid = pd.MultiIndex.from_product(
        [regions, items["substance_id"]], names=["region_code", "substance_id"]
    ).to_frame(index=False)
    out = grid.merge(s[["region_code", "substance_id", "snapshot_date", "is_meeting"]], how="left")
    out["has_report"] = out["snapshot_date"].notna()
    out["is_meeting"] = out["is_meeting"].fillna(False).astype(bool)
    return out


def test_two_months_national_and_one_region_equal_an_independent_computation(demo) -> None:
    stock, items, regions = _stock_and_list(demo)
    trend = _trend(demo)
    con = db.connect_read_only(demo)
    try:
        for month in (date(2024, 12, 1), date(2026, 11, 1)):  # Dec 2024: one region silent
            e = expected_month(stock, items, regions, month)
            got = trend.loc[pd.Timestamp(month)]
            assert got["n_meeting_target"] == e["is_meeting"].sum()
            assert got["share_meeting_target"] == pytest.approx(e["is_meeting"].mean())
            assert got["n_regions_with_report"] == e[e["has_report"]]["region_code"].nunique()
            assert pd.Timestamp(got["oldest_report_date"]) == pd.Timestamp(e["snapshot_date"].min())
            region = queries.coverage.region_cover_on(con.cursor(), month).set_index("region_code")
            mine = e[e["region_code"] == "12"]
            assert region.loc["12", "share_meeting_target"] == pytest.approx(
                mine["is_meeting"].mean()
            )
            assert region.loc["12", "n_reported"] == mine["has_report"].sum()
    finally:
        con.close()


def test_a_five_row_file_for_a_new_day_does_not_move_the_national_figure(
    demo, tmp_path: Path
) -> None:
    """The defect: a valid 5-row stock file for a new day made that month the latest, and the
    start page fell from 71 % to 0,0 %. Now the new month keeps every other pair's report."""
    path = tmp_path / "copy.duckdb"
    db.copy_database(demo, path)
    before = metrics.year_on_year(_trend(path).reset_index())
    stock, items, regions = _stock_and_list(path)
    rows = stock.merge(items)[stock.merge(items)["snapshot_date"] == stock["snapshot_date"].max()]
    rows = rows[rows["region_code"] == "01"].head(5)
    csv = tmp_path / "lager_en_dag.csv"
    lines = ["snapshot_date;region;substance_id;quantity;daily_consumption"]
    lines += [f"{NEW_DAY};01;{r.substance_id};0;{r.daily_consumption}" for r in rows.itertuples()]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    load_file(path, "stock", csv)

    after = metrics.year_on_year(_trend(path).reset_index())
    assert after["month"].date() == NEW_DAY.replace(day=1)
    stock_after, _, _ = _stock_and_list(path)
    e = expected_month(stock_after, items, regions, NEW_DAY.replace(day=1))
    assert after["share_meeting_target"] == pytest.approx(e["is_meeting"].mean())
    # within the rule: only the 5 reloaded pairs (now empty) can differ from before
    n_pairs = len(regions) * len(items)
    moved = abs(after["share_meeting_target"] - before["share_meeting_target"])
    assert moved <= 5 / n_pairs + 1e-12
    assert after["share_meeting_target"] > 0.6  # never a fall to ~0 %
    assert after["n_regions_reporting"] == 1 and after["n_regions_with_report"] == 21
    assert pd.Timestamp(after["oldest_report_date"]) == pd.Timestamp(e["snapshot_date"].min())


def test_a_region_whose_last_report_is_older_than_the_limit_shows_no_report(
    demo, tmp_path: Path
) -> None:
    """Region 12's reports of the last three months are removed: its newest (1 Aug 2026) is 121
    days old at the end of November: no report (never a carried figure, never 0 %)."""
    path = tmp_path / "copy.duckdb"
    db.copy_database(demo, path)
    con = duckdb.connect(str(path))
    try:
        db.use_stock_folder(con, path)
        stock_as_table(con)
        con.execute(
            "delete from stock_snapshots where region_code = '12' "
            "and snapshot_date >= DATE '2026-09-01'"
        )
        db.refresh_derived(con)
        nov = queries.coverage.region_cover_on(con.cursor(), date(2026, 11, 1))
        sep = queries.coverage.region_cover_on(con.cursor(), date(2026, 9, 1))
    finally:
        con.close()
    nov, sep = nov.set_index("region_code"), sep.set_index("region_code")
    assert pd.isna(nov.loc["12", "share_meeting_target"]) and nov.loc["12", "n_reported"] == 0
    assert pd.isna(nov.loc["12", "rank"])
    # in September the August report is 60 days old: carried, with its date
    assert sep.loc["12", "n_reported"] > 0 and sep.loc["12", "n_reported_in_month"] == 0
    assert pd.Timestamp(sep.loc["12", "last_report_date"]) == pd.Timestamp("2026-08-01")
