"""Page benchmark: each page's query set, its render through AppTest, the scenario engine, and a
plain pandas implementation of two figures beside DuckDB. Prints p50/p95 per item and the budget.

    uv run python bench/pages.py --db data/beredskap.duckdb [--runs 20] [--scale-label s1]

A page's query set is what the page itself asks for: the page is rendered once through AppTest
with `ui.data.run` recording each (query, arguments); the set is then run `--runs` times on a
read-only cursor as the app makes them, Streamlit's cache bypassed (the first run, on a fresh
connection, is reported as "cold"). Then the page's most common filter change (FILTER_CHANGES)
is made in the URL: the queries it adds are timed the same way, as a second set. Renders are
timed first, repeated, and after the change. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
sys.path.insert(0, str(ROOT / "bench"))

from results import HEADER, Row, emit, percentile, timed  # noqa: E402

BUDGET_QUERY_MS = {"s1": 100.0}  # every other scale: 150 ms (issue 16)
BUDGET_RENDER_S = 0.5
BUDGET_SCENARIO_MS = 500.0
BUDGET_RATIO = 20.0

# Each page's most common filter change, as the URL parameters it sets (a function of the
# database where the value depends on the data). Pages without a filter switch the language.
FILTER_CHANGES: dict[str, Callable[[object], dict[str, str]] | dict[str, str]] = {
    "manufacturing": {"type": "api"},
    "public_supply": {"lang": "en"},
    "substance": lambda con: {
        "substance": con.execute(
            "select substance_id from stg_priority_current order by substance_id desc limit 1"
        ).fetchone()[0]
    },
    "companies": {"show": "vital"},
    "coverage": {"target": "60"},
    "region": {"region": "03"},
    "shortages": {"priority": "1"},
    "grants": {"measure": "used"},
    "grant_region": {"region": "03"},
}
LANGUAGE_CHANGE = {"lang": "en"}


Calls = list[tuple[Callable, tuple]]


def capture_page(path: str, change: dict[str, str]) -> tuple[float, float, float, Calls, Calls]:
    """Render `path` cold, then warm, then with the URL parameters `change` set, through
    AppTest: the three times, the (query, args) of the first view and those the change adds
    (what a filter change makes the app run; the rest is in Streamlit's cache)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from dash_beredskap.ui import data

    calls: list[tuple[Callable, tuple]] = []
    original = data.run

    def recording(query: Callable, *args: object) -> pd.DataFrame:
        if (query, args) not in calls:
            calls.append((query, args))
        return original(query, *args)

    at = AppTest.from_file(APP, default_timeout=600)
    at.run()  # the router and the start page
    data.run = recording
    try:
        st.cache_data.clear()
        data.close_all()
        calls.clear()
        t0 = time.perf_counter()
        at.switch_page(path).run()
        first = time.perf_counter() - t0
        if at.exception:
            raise RuntimeError(f"{path}: {[e.message for e in at.exception]}")
        t0 = time.perf_counter()
        at.run()
        repeat = time.perf_counter() - t0
        seen = list(calls)
        calls.clear()
        at.query_params.update(change)
        t0 = time.perf_counter()
        at.run()
        changed = time.perf_counter() - t0
        if at.exception:
            raise RuntimeError(f"{path} {change}: {[e.message for e in at.exception]}")
        added = [c for c in calls if c not in seen]
    finally:
        data.run = original
    return first, repeat, changed, seen, added


def query_set_times(db_path: Path, calls: list[tuple[Callable, tuple]], runs: int) -> list[float]:
    """Seconds per run of the whole set on a fresh read-only connection (run 0 is cold)."""
    from dash_beredskap import db

    con = db.connect_read_only(db_path)
    try:

        def run_all() -> None:
            for query, args in calls:
                cur = con.cursor()
                query(cur, *args)
                cur.close()

        return timed(run_all, runs + 1)
    finally:
        con.close()


def scenario_rows(db_path: Path, runs: int) -> list[Row]:
    """Each saved scenario's first view: the engine's inputs fetched, then the engine."""
    from dash_beredskap import db, queries
    from dash_beredskap import scenarios as sc

    rows = []
    with db.connect_read_only(db_path) as con:
        saved = queries.scenarios.saved_scenarios(con.cursor())
        disruptions = queries.scenarios.saved_scenario_disruptions(con.cursor())
        regions = list(queries.coverage.region_choices(con.cursor())["region_code"])
        for scenario in list(sc.scenarios_from_frames(saved, disruptions).values())[:3]:

            def first_view(s: sc.Scenario = scenario) -> None:
                sc.run_scenario(
                    s,
                    queries.scenarios.scenario_stages(con.cursor()),
                    queries.scenarios.scenario_supply_hits(con.cursor(), *sc.shock_lists(s)),
                    queries.scenarios.scenario_stock(con.cursor()),
                    queries.scenarios.scenario_items(con.cursor(), "sv"),
                    regions,
                )

            times = timed(first_view, runs)
            rows.append(
                Row(
                    f"scenario first view: {scenario.name[:24]}",
                    1000 * percentile(times, 50),
                    1000 * percentile(times, 95),
                    "ms",
                    BUDGET_SCENARIO_MS,
                )
            )
    return rows


def pandas_rows(db_path: Path, runs: int) -> list[Row]:
    """A plain pandas national share and API-country HHI beside DuckDB (same data, same run)."""
    from dash_beredskap import db, queries

    with db.connect_read_only(db_path) as con:
        fetch_s = timed(lambda: con.execute("select * from stock_snapshots").df(), 1)[0]
        stock = con.execute("select * from stock_snapshots").df()
        items = con.execute(
            "select substance_id from stg_priority_current join substances using (substance_id) "
            "where category in ('medicine', 'device')"
        ).df()
        n_regions = con.execute("select count(*) from regions").fetchone()[0]
        sites = con.execute("select site_id, site_type, country_iso2 from sites").df()
        links = con.execute("select * from site_substances").df()

        def pandas_share() -> pd.Series:
            """The national trend: per month, each region's last report of each item."""
            s = stock[stock["substance_id"].isin(items["substance_id"])].copy()
            s["month"] = s["snapshot_date"].dt.to_period("M")
            s = s.sort_values("snapshot_date").groupby(["month", "region_code", "substance_id"])
            s = s.tail(1)
            days = s["quantity"] / s["daily_consumption"].where(s["daily_consumption"] > 0)
            s["meets"] = (days >= 30) | ((s["daily_consumption"] == 0) & (s["quantity"] > 0))
            return s.groupby("month")["meets"].sum() / (len(items) * n_regions)

        def pandas_hhi() -> pd.Series:
            api = links.merge(sites[sites["site_type"] == "api"], on="site_id")
            counts = api.groupby(["substance_id", "country_iso2"]).size()
            shares = counts / counts.groupby(level=0).transform("sum")
            return (shares**2).groupby(level=0).sum()

        raw_share_sql = """
            with items as (select substance_id from stg_priority_current
                           join substances using (substance_id)
                           where category in ('medicine', 'device')),
            last as (select date_trunc('month', snapshot_date) m, region_code, substance_id,
                         arg_max(quantity, snapshot_date) q,
                         arg_max(daily_consumption, snapshot_date) c
                     from stock_snapshots semi join items using (substance_id)
                     group by all)
            select m, count(*) filter (where q / nullif(c, 0) >= 30 or (c = 0 and q > 0))
                      / ((select count(*) from items) * (select count(*) from regions))
            from last group by m"""
        raw_hhi_sql = """
            with c as (select substance_id, country_iso2, count(*) n from site_substances
                       join sites using (site_id) where site_type = 'api' group by all)
            , s as (select substance_id, n / sum(n) over (partition by substance_id) as share
                    from c)
            select substance_id, sum(share * share) from s group by all"""

        def duck(sql: str) -> Callable[[], object]:
            return lambda: con.execute(sql).fetchall()

        pairs = {
            "coverage trend": (
                pandas_share,
                duck(raw_share_sql),
                lambda: queries.coverage.national_cover_trend(con.cursor()),
            ),
            "API HHI": (
                pandas_hhi,
                duck(raw_hhi_sql),
                lambda: con.execute("select * from v_supply_concentration").fetchall(),
            ),
        }
        rows = []
        for name, (pd_fn, raw_fn, agg_fn) in pairs.items():
            pd_t = percentile(timed(pd_fn, runs), 50)
            raw_t = percentile(timed(raw_fn, runs), 50)
            agg_t = percentile(timed(agg_fn, runs), 50)
            rows += [
                Row(f"pandas {name} (compute only)", 1000 * pd_t, 1000 * pd_t, "ms"),
                Row(f"{name}: DuckDB from raw rows, x pandas", pd_t / raw_t, pd_t / raw_t, "x",
                    BUDGET_RATIO, ">="),
                Row(f"{name}: DuckDB pre-aggregated, x pandas", pd_t / agg_t, pd_t / agg_t, "x",
                    BUDGET_RATIO, ">="),
            ]  # fmt: skip
        rows.append(
            Row("pandas: fetching the stock rows first", 1000 * fetch_s, 1000 * fetch_s, "ms")
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "beredskap.duckdb")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--scale-label", default="s1", help="s1, s10, s100: picks the budget")
    parser.add_argument("--pages", nargs="*", help="page keys (default: every page)")
    args = parser.parse_args(argv)
    os.environ["BEREDSKAP_DB"] = str(args.db.resolve())
    os.environ["BEREDSKAP_ROLE"] = "admin"  # every page, the admin page included
    sys.path.insert(0, str(ROOT / "src"))
    from dash_beredskap import db
    from dash_beredskap.ui import nav

    query_budget = BUDGET_QUERY_MS.get(args.scale_label, 150.0)
    size_mb = args.db.stat().st_size / 1e6
    print(f"# pages benchmark: {args.db} ({size_mb:,.0f} MB), {args.runs} warm runs per item")
    print(HEADER)
    for spec in nav.PAGES:
        if args.pages and spec.key not in args.pages:
            continue
        change = FILTER_CHANGES.get(spec.key, LANGUAGE_CHANGE)
        what = ", ".join(f"{k}={v}" for k, v in change.items()) if isinstance(change, dict) else ""
        if callable(change):  # a value of the data: named by its parameter only, so that the
            with db.connect_read_only(args.db) as con:  # item is the same at every scale
                change = change(con)
            what = ", ".join(change)
        first, repeat, changed, calls, added = capture_page(spec.path, change)
        for label, subset in (("first view", calls), (f"change {what}", added)):
            times = query_set_times(args.db, subset, args.runs)
            cold, warm = times[0], times[1:]
            emit(
                Row(
                    f"{spec.key}: queries, {label}"[:48],
                    1000 * percentile(warm, 50),
                    1000 * percentile(warm, 95),
                    "ms",
                    query_budget,
                    note=f"{len(subset)} queries, cold {1000 * cold:.0f} ms",
                )
            )
        for label, seconds in (("first", first), ("repeat", repeat), ("after change", changed)):
            emit(Row(f"{spec.key}: render, {label}", seconds, seconds, "s", BUDGET_RENDER_S))
    for row in scenario_rows(args.db, max(3, args.runs // 4)):
        emit(row)
    for row in pandas_rows(args.db, max(3, args.runs // 4)):
        emit(row)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    emit(Row("peak memory, AppTest process (every page)", peak_mb, peak_mb, "MB"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
