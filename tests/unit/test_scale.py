"""`beredskap build-demo --scale N`: N times the rows, the same shape, marked synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dash_beredskap import db, scale
from dash_beredskap.cli import cli

FACTOR = 4  # 2 copies of each item x 2 reports a month: small enough for a unit test


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("scale")
    paths = folder / "s1.duckdb", folder / "s4.duckdb"
    for path, factor in zip(paths, (1, FACTOR), strict=True):
        args = ["build-demo", "--db", str(path), "--scale", str(factor)]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
    return paths


def _one(path: Path, sql: str) -> tuple:
    with db.connect_read_only(path) as con:
        return con.execute(sql).fetchone()


@pytest.mark.parametrize(
    ("factor", "copies", "per_month", "sites"),
    [(1, 1, 1, 1), (2, 1, 2, 2), (4, 2, 2, 4), (10, 3, 3, 10), (100, 10, 10, 34)],
)
def test_the_factor_is_spread_over_items_and_reports(
    factor: int, copies: int, per_month: int, sites: int
) -> None:
    """Sites stop growing at about 100 000 (34 x the demo's 2 968); reports and items do not."""
    assert scale.plan(factor) == scale.Plan(factor, copies, per_month, sites)


def test_rows_multiply_by_the_factor(dbs: tuple[Path, Path]) -> None:
    s1, s4 = dbs
    for table in ("sites", "site_substances", "shortages"):
        (n1,) = _one(s1, f"select count(*) from {table}")
        (n4,) = _one(s4, f"select count(*) from {table}")
        assert n4 == FACTOR * n1, table
    (n1,) = _one(s1, "select count(*) from stock_snapshots")
    (n4,) = _one(s4, "select count(*) from stock_snapshots")
    # the second report of the newest month would fall after the demo's "today": not made
    (last,) = _one(s1, "select count(*) from stock_snapshots where snapshot_date = '2026-11-01'")
    assert n4 == FACTOR * n1 - 2 * last
    (n1,) = _one(s1, "select count(*) from substances")
    (n4,) = _one(s4, "select count(*) from substances")
    assert n4 == 2 * n1


def test_the_shape_stays_the_demos(dbs: tuple[Path, Path]) -> None:
    s1, s4 = dbs
    share_sql = (
        "select round(share_meeting_target, 2) from v_national_coverage_summary "
        "order by snapshot_date desc limit 1"
    )
    assert abs(_one(s1, share_sql)[0] - _one(s4, share_sql)[0]) <= 0.05
    country_sql = (
        "select country_iso2, round(count(*) / sum(count(*)) over (), 6) "
        "from sites group by all order by 1"
    )
    with db.connect_read_only(s1) as a, db.connect_read_only(s4) as b:
        assert a.execute(country_sql).fetchall() == b.execute(country_sql).fetchall()
        # every added substance copy is made somewhere, and stock is reported for it
        orphans = b.execute(
            "select count(*) from substances s where s.substance_id like '%~%' and not exists "
            "(select 1 from site_substances l where l.substance_id = s.substance_id)"
        ).fetchone()[0]
        assert orphans == 0


def test_the_scaled_rows_are_labelled_synthetic(dbs: tuple[Path, Path]) -> None:
    _, s4 = dbs
    titles = _one(s4, "select string_agg(title, ' | ') from data_sources where dataset = 'stock'")[
        0
    ]
    assert f"skalad x{FACTOR}" in titles
    (n_stock, n_rows) = _one(
        s4,
        "select (select count(*) from stock_snapshots), sum(n_rows) from data_sources "
        "where dataset = 'stock'",
    )
    assert n_stock == n_rows
