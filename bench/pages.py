"""Page benchmark: each page's query set, its render through AppTest, the scenario engine, and a
plain pandas implementation of two figures beside DuckDB. Prints p50/p95 per item and the budget.

    uv run python bench/pages.py --db data/beredskap.duckdb [--runs 20] [--scale-label s1]

A page's query set is what the page itself asks for: the page is rendered once through AppTest
with `ui.data.run` recording each (query, arguments); the set is then run `--runs` times on a
read-only cursor as the app makes them, Streamlit's cache bypassed (the first run, on a fresh
connection, is reported as "cold"). Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")

BUDGET_QUERY_MS = {"s1": 100.0}  # every other scale: 150 ms (issue 16)
BUDGET_RENDER_S = 0.5
BUDGET_SCENARIO_S = 0.5
BUDGET_RATIO = 20.0


@dataclass
class Row:
    item: str
    p50: float
    p95: float
    unit: str
    budget: str = ""

    def line(self) -> str:
        return f"  {self.item:<44} {self.p50:>10.1f} {self.p95:>10.1f} {self.unit:<4} {self.budget}"


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear between the closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def capture_page(path: str) -> tuple[float, float, list[tuple[Callable, tuple]]]:
    """Render `path` cold then warm through AppTest; the (query, args) it asked for."""
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
    finally:
        data.run = original
    return first, repeat, calls


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
                    f"< {1000 * BUDGET_SCENARIO_S:.0f} ms",
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
            last as (select date_trunc('month', snapshot_date) m, quantity, daily_consumption
                     from stock_snapshots join items using (substance_id)
                     qualify row_number() over (partition by m, region_code, substance_id
                                                order by snapshot_date desc) = 1)
            select m, count(*) filter (where quantity / nullif(daily_consumption, 0) >= 30
                                       or (daily_consumption = 0 and quantity > 0))
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
            "API concentration (HHI)": (
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
            budget = f">= {BUDGET_RATIO:.0f}x"
            rows += [
                Row(f"pandas {name} (compute only)", 1000 * pd_t, 1000 * pd_t, "ms"),
                Row("  DuckDB from raw rows: x faster", pd_t / raw_t, pd_t / raw_t, "x", budget),
                Row("  DuckDB pre-aggregated: x faster", pd_t / agg_t, pd_t / agg_t, "x", budget),
            ]
        rows.append(Row("  (pandas must first fetch the stock rows)", 1000 * fetch_s, 0, "ms"))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "beredskap.duckdb")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--scale-label", default="s1", help="s1, s10, s100: picks the budget")
    parser.add_argument("--pages", nargs="*", help="page keys (default: every page)")
    args = parser.parse_args(argv)
    os.environ["BEREDSKAP_DB"] = str(args.db.resolve())
    sys.path.insert(0, str(ROOT / "src"))
    from dash_beredskap.ui import nav

    query_budget = BUDGET_QUERY_MS.get(args.scale_label, 150.0)
    size_mb = args.db.stat().st_size / 1e6
    print(f"# pages benchmark: {args.db} ({size_mb:,.0f} MB), {args.runs} warm runs per item")
    print(f"  {'item':<44} {'p50':>10} {'p95':>10} unit budget")
    rows: list[Row] = []
    for spec in nav.PAGES:
        if args.pages and spec.key not in args.pages:
            continue
        first, repeat, calls = capture_page(spec.path)
        times = query_set_times(args.db, calls, args.runs)
        cold, warm = times[0], times[1:]
        rows += [
            Row(
                f"{spec.key}: query set ({len(calls)} queries)",
                1000 * percentile(warm, 50),
                1000 * percentile(warm, 95),
                "ms",
                f"< {query_budget:.0f} ms p95 (cold {1000 * cold:.0f} ms)",
            ),
            Row(f"{spec.key}: render, first", first, first, "s", f"< {BUDGET_RENDER_S} s"),
            Row(f"{spec.key}: render, repeat", repeat, repeat, "s", f"< {BUDGET_RENDER_S} s"),
        ]
        print(rows[-3].line(), rows[-2].line(), rows[-1].line(), sep="\n", flush=True)
    for row in scenario_rows(args.db, max(3, args.runs // 4)):
        rows.append(row)
        print(row.line(), flush=True)
    for row in pandas_rows(args.db, max(3, args.runs // 4)):
        rows.append(row)
        print(row.line(), flush=True)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of this process (AppTest renders every page): {peak_mb:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
