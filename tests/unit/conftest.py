"""A small published database for the loader and check tests, and ways to compare databases.

Small on purpose: every table is compared row by row before and after a refused load.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from dash_beredskap import db

REFERENCE_POPULATION = db.REFERENCE_DIR / "se_region_population.csv"
SNAPSHOT = date(2026, 10, 1)

# substance_id, name_sv, name_en, atc_code, category; all on the current list
SUBSTANCES = (
    ("N01AX10", "Propofol", "Propofol", "N01AX10", "medicine"),
    ("N01AX03", "Ketamin", "Ketamine", "N01AX03", "medicine"),
    ("N02AA01", "Morfin", "Morphine", "N02AA01", "medicine"),
    ("C01CA24", "Adrenalin", "Epinephrine", "C01CA24", "medicine"),
    ("MT-001", "Infusionsaggregat", "Infusion set", None, "device"),
    ("PSU-001", "Andningsskydd FFP2", "Respirator FFP2", None, "ppe"),
)


def fill_small_db(con: duckdb.DuckDBPyConnection) -> None:
    """All 21 regions with real populations, a few countries, substances, two instruments, and
    one stock snapshot for region 06 in which two of the six listed products meet the target."""
    db.create_schema(con, datetime(2026, 10, 1))
    with open(REFERENCE_POPULATION, encoding="utf-8") as f:
        regions = list(csv.DictReader(f))
    for r in regions:
        con.execute(
            "insert into regions values (?, ?, ?, ?)",
            [r["lan_code"], r["region_name"], r["lan_name"], r["iso_3166_2"]],
        )
        con.execute(
            "insert into region_population values (?, DATE '2023-12-31', ?, 'SCB BE0101')",
            [r["lan_code"], int(r["pop_2023_12_31"])],
        )
    con.execute(
        "insert into countries values "
        "('SE','SWE','Sverige','Sweden','Europe',true,true,62,15),"
        "('IN','IND','Indien','India','Asia',false,false,22,79),"
        "('CN','CHN','Kina','China','Asia',false,false,35,103),"
        "('IT','ITA','Italien','Italy','Europe',true,false,43,12)"
    )
    for sid, sv, en, atc, category in SUBSTANCES:
        con.execute(
            "insert into substances values (?, ?, ?, ?, left(?, 5), ?)",
            [sid, sv, en, atc, atc, category],
        )
    con.execute(
        "insert into priority_lists values "
        "('S2022/04550', 'Lista 2023', DATE '2023-05-12', true, 'Socialstyrelsen')"
    )
    con.execute(
        "insert into priority_list_items select 'S2022/04550', substance_id from substances"
    )
    con.execute(
        "insert into grant_instruments values "
        "('ok2024_lakemedel','Överenskommelse 2024','Agreement 2024',2024,'regions',1000,"
        "'population',DATE '2023-12-31',DATE '2024-12-01',DATE '2024-01-01',DATE '2025-12-31',"
        "DATE '2026-03-31',DATE '2025-10-01','S2023/x'),"
        "('ok2024_lakemedel_skr','SKR:s del','SKR share',2024,'skr',2,'fixed',null,"
        "DATE '2024-12-01',null,null,null,null,'S2023/x')"
    )
    con.execute(
        "insert into grant_allocations values ('ok2024_lakemedel','01',600,'computed'),"
        "('ok2024_lakemedel','06',400,'computed'),('ok2024_lakemedel_skr','SKR',2,'published')"
    )
    # 06 on SNAPSHOT: propofol 40 days, morphine 30 days: 2 of 6 meet the 30-day target
    con.execute(
        "insert into stock_snapshots (snapshot_date, region_code, substance_id, quantity, "
        "daily_consumption) values "
        "(?, '06', 'N01AX10', 400, 10), (?, '06', 'N02AA01', 150, 5), (?, '06', 'C01CA24', 10, 1)",
        [SNAPSHOT, SNAPSHOT, SNAPSHOT],
    )
    con.execute(
        "insert into data_sources (load_id, dataset, title, is_synthetic, source, licence, "
        "loaded_at, n_rows, file_name, file_sha256) values "
        "(1, 'regions', 'Regioner', false, 'SCB', 'CC0', TIMESTAMP '2026-10-01', 21, null, null),"
        "(2, 'stock', 'Lager', true, 'syntetiskt', 'CC0', TIMESTAMP '2026-10-01', 3, null, null)"
    )
    db.refresh_derived(con)


def stock_as_table(con: duckdb.DuckDBPyConnection) -> None:
    """In a change to a published file: the stock as a table again, to damage or delete rows
    in place (publishing moves it back to files)."""
    con.execute("create table stock_copy as select * from stock_snapshots")
    con.execute("drop view stock_snapshots")
    con.execute("alter table stock_copy rename to stock_snapshots")


@pytest.fixture()
def small_db(tmp_path: Path) -> Path:
    """A freshly published small database file."""
    path = tmp_path / "beredskap.duckdb"
    db.publish_new(path, fill_small_db)
    return path


def table_contents(path: Path) -> dict[str, list[tuple]]:
    """Every stored table's rows (the stock in its files too), sorted, read through a
    short-lived read-only connection."""
    con = db.connect_read_only(path)
    try:
        tables = db.stored_tables(con)
        return {t: con.execute(f'select * from "{t}" order by all').fetchall() for t in tables}
    finally:
        con.close()


def sha256_of(path: Path) -> str:
    """The file's bytes, fingerprinted."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def query(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    """One query on a short-lived read-only connection (stock folder included)."""
    con = duckdb.connect(str(path), read_only=True)
    db.use_stock_folder(con, path)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture()
def write_file(tmp_path: Path) -> Callable[..., Path]:
    """Write text (or bytes) to a file in tmp_path; text is encoded as asked."""

    def write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        data = content if isinstance(content, bytes) else content.encode(encoding)
        path.write_bytes(data)
        return path

    return write
