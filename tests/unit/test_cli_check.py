"""`beredskap check`: the summary, and every kind of integrity problem it must catch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb
from click.testing import CliRunner, Result
from conftest import stock_as_table

from dash_beredskap import db
from dash_beredskap.cli import cli


def run_check(path: Path) -> Result:
    return CliRunner().invoke(cli, ["check", "--db", str(path)])


def change(path: Path, sql: str | Callable[[duckdb.DuckDBPyConnection], None]) -> None:
    """Damage a published database the way a file written by other tools might be."""

    def apply(con: duckdb.DuckDBPyConnection) -> None:
        if callable(sql):
            sql(con)
        else:
            con.execute(sql)

    db.publish_change(path, apply)


def test_clean_database_summary(small_db: Path) -> None:
    result = run_check(small_db)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"Schema version: {db.SCHEMA_VERSION} (this program: {db.SCHEMA_VERSION})" in out
    assert "Latest stock snapshot: 2026-10-01" in out
    assert "  regions  " in out and "stock_snapshots" in out
    lines = {
        line.split()[0]: line.split()[-1] for line in out.splitlines() if line.startswith("  ")
    }
    assert lines["regions"] == "21" and lines["stock_snapshots"] == "3"
    assert "regions              real" in out
    assert "stock                synthetic" in out
    assert "Problems: none" in out


def test_allocations_not_summing_to_the_total(small_db: Path) -> None:
    change(small_db, "update grant_allocations set allocated_sek = 599 where recipient_code = '01'")
    result = run_check(small_db)
    assert result.exit_code == 1
    assert (
        "grant_allocations: ok2024_lakemedel allocations sum to 999 SEK, its total_sek is 1000 "
        "(difference -1)" in result.stdout
    )


def without_constraints(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Recreate `table` with its rows but no keys, as another tool might have written it."""
    con.execute(f"create table tmp_copy as select * from {table}")
    con.execute(f"drop table {table}")
    con.execute(f"alter table tmp_copy rename to {table}")


def test_orphan_keys_and_unknown_recipients(small_db: Path) -> None:
    def damage(con: duckdb.DuckDBPyConnection) -> None:
        without_constraints(con, "site_substances")
        con.execute("insert into site_substances values ('NO-SITE', 'N01AX10')")
        con.execute("insert into grant_use values ('ok2024_lakemedel', '99', 2025, 'x', 1)")

    change(small_db, damage)
    result = run_check(small_db)
    assert result.exit_code == 1
    assert "site_substances: 1 row(s) with site_id not in sites (e.g. NO-SITE)" in result.stdout
    assert (
        "grant_use: 1 row(s) with a recipient_code that is neither a region nor SKR (e.g. 99)"
        in result.stdout
    )


def test_negative_values_and_orphans_in_stock(small_db: Path) -> None:
    def damage(con: duckdb.DuckDBPyConnection) -> None:
        stock_as_table(con)  # a table without keys, as another tool might have written it
        con.execute(
            "insert into stock_snapshots (snapshot_date, region_code, substance_id, quantity, "
            "daily_consumption) values (DATE '2026-10-01','01','GONE',-1,1)"
        )
        db.refresh_derived(con)

    change(small_db, damage)
    result = run_check(small_db)
    assert result.exit_code == 1
    assert "stock_snapshots.quantity: 1 negative value(s)" in result.stdout
    assert "stock_snapshots: 1 row(s) with substance_id not in substances (e.g. GONE)" in (
        result.stdout
    )


def test_region_money_to_skr_and_over_requisition(small_db: Path) -> None:
    change(
        small_db,
        "insert into grant_requisitions values "
        "('ok2024_lakemedel', 'SKR', DATE '2024-06-01', 5), "
        "('ok2024_lakemedel', '06', DATE '2024-06-01', 401)",
    )
    result = run_check(small_db)
    assert result.exit_code == 1
    assert "grant_requisitions: 1 row(s) whose recipient does not fit the instrument" in (
        result.stdout
    )
    assert "requisitioned more than allotted" in result.stdout
    assert "ok2024_lakemedel 06 (401 > 400)" in result.stdout


def test_two_current_priority_lists_and_bad_dates(small_db: Path) -> None:
    change(
        small_db,
        "insert into priority_lists values ('x', 'x', DATE '2024-01-01', true, 's');"
        "insert into shortages values ('R1', 'N01AX10', 'p', 'restnotering', "
        "DATE '2026-10-01', DATE '2026-09-01', null, DATE '2026-10-01')",
    )
    result = run_check(small_db)
    assert result.exit_code == 1
    assert "priority_lists: 2 lists are marked current" in result.stdout
    assert "shortages: 1 row(s) with expected_end_date < start_date (e.g. R1)" in result.stdout


def test_missing_database_and_other_schema_version(small_db: Path, tmp_path: Path) -> None:
    result = run_check(tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "no database file" in result.stderr
    change(small_db, "update schema_version set version = 999")
    result = run_check(small_db)
    assert result.exit_code == 1 and "schema version 999" in result.stderr


def test_note_when_demo_and_loaded_rows_mix(small_db: Path, tmp_path: Path) -> None:
    stock = tmp_path / "stock.csv"
    stock.write_text(
        "snapshot_date,region,substance_id,quantity,daily_consumption\n2026-10-01,01,N01AX10,1,1\n"
    )
    assert (
        CliRunner().invoke(cli, ["load", "stock", str(stock), "--db", str(small_db)]).exit_code == 0
    )
    result = run_check(small_db)
    assert result.exit_code == 0, result.output
    assert "Note: stock_snapshots: data set 'stock' mixes synthetic demo rows and loaded rows" in (
        result.stdout
    )
    assert "  3  stock                real               1" in result.stdout
