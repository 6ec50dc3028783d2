"""A demo database N times as large, with the same shape, for benchmarks (issue 16).

The shape stays the demo's: the same regions, country shares and stock levels, with more items
(copies of each substance), more sites (copies near the original, same company and country),
more frequent stock reports and more shortage notices. Every row added is synthetic, like the
demo's own; the data sources table says the database was scaled. The SQL is
sql/generate/scale_up.sql; it runs in DuckDB, so scale 100 takes minutes, not hours.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import duckdb

from dash_beredskap import db

SCALED_DATASETS = ("substances", "priority-list", "sites", "site-substances", "stock", "shortages")
_TABLES = {
    "substances": "substances",
    "priority-list": "priority_list_items",
    "sites": "sites",
    "site-substances": "site_substances",
    "stock": "stock_snapshots",
    "shortages": "shortages",
}


@dataclass(frozen=True)
class Plan:
    """How a factor is spread: copies of each item x reports per month ~ factor."""

    factor: int
    copies: int  # versions of each substance, the original included
    per_month: int  # stock reports per month (the demo has one)
    site_factor: int  # copies of each site, the original included (capped: MAX_SITE_FACTOR)


# Sites grow with the factor up to 34 copies: about 100 000 sites (the demo has 2 968), the
# order of every manufacturing site in the world that makes a priority item. Beyond that, a
# larger scale means more stock reports and items, not more factories than exist.
MAX_SITE_FACTOR = 34


def plan(factor: int) -> Plan:
    """Split `factor` between more items and more frequent reports (about its square root each)."""
    if factor < 1:
        raise ValueError(f"scale must be 1 or more, not {factor}")
    copies = max(1, round(math.sqrt(factor)))
    return Plan(factor, copies, max(1, round(factor / copies)), min(factor, MAX_SITE_FACTOR))


def scale_up(con: duckdb.DuckDBPyConnection, factor: int, seed: int, as_of: date) -> Plan:
    """Multiply the demo's supply, stock and shortage rows in place (before refresh_derived)."""
    p = plan(factor)
    if factor == 1:
        return p
    con.execute(
        "create temp table scale_params as select $factor as factor, $copies as copies, "
        "$per_month as per_month, $site_factor as site_factor, $seed as seed, "
        "$as_of::date as as_of",
        {"factor": p.factor, "copies": p.copies, "per_month": p.per_month,
         "site_factor": p.site_factor, "seed": seed, "as_of": as_of},
    )  # fmt: skip
    con.execute(db.read_sql("generate/scale_up"))
    con.execute("drop table scale_params")
    for dataset in SCALED_DATASETS:
        (total,) = con.execute(f"select count(*) from {_TABLES[dataset]}").fetchone()
        con.execute(
            "update data_sources set title = title || $note, n_rows = n_rows + $total - "
            "(select coalesce(sum(n_rows), 0) from data_sources where dataset = $dataset) "
            "where dataset = $dataset and is_synthetic",
            {"note": f" (skalad x{factor} för prestandamätning)", "total": total,
             "dataset": dataset},
        )  # fmt: skip
    return p
