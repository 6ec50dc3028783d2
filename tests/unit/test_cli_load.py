"""`beredskap load` end to end through click: refusals leave everything as it was, good files land.

Every refusal asserts the same four things: a non-zero exit (2), a message naming the file, the
row and the column, every table of the database unchanged (and the file's bytes too), and the
input file untouched.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner, Result
from conftest import SNAPSHOT, query, sha256_of, table_contents

from dash_beredskap import db
from dash_beredskap.cli import cli
from dash_beredskap.ingest.loader import load_file

HEADER = "snapshot_date,region,substance_id,quantity,daily_consumption\n"
GOOD_ROW = f"{SNAPSHOT},01,N01AX10,100,2\n"


def run_load(db_path: Path, dataset: str, file: Path, *extra: str) -> Result:
    return CliRunner().invoke(cli, ["load", dataset, str(file), "--db", str(db_path), *extra])


@dataclass(frozen=True)
class Refusal:
    """A bad file and where its (first) error must point."""

    id: str
    dataset: str
    content: str | bytes
    row: int | None
    column: str | None
    says: str  # a fragment of the explanation
    file_name: str = "bad.csv"


REFUSALS = (
    Refusal("unknown region code", "stock", HEADER + GOOD_ROW + f"{SNAPSHOT},99,N01AX10,1,1\n",
            3, "region", "got '99', expected a region code"),
    Refusal("unknown region name", "stock", HEADER + f"{SNAPSHOT},Jönköpings lä,N01AX10,1,1\n",
            2, "region", "did you mean 06 Jönköpings län?"),
    Refusal("unknown substance", "stock", HEADER + GOOD_ROW + f"{SNAPSHOT},01,N01AX99,1,1\n",
            3, "substance_id", "got 'N01AX99', expected a substance_id"),
    Refusal("negative quantity", "stock", HEADER + f"{SNAPSHOT},01,N01AX10,-5,1\n",
            2, "quantity", "got '-5', expected a number >= 0"),
    Refusal("bad date", "stock", HEADER + GOOD_ROW + "2026-02-30,01,N01AX10,1,1\n",
            3, "snapshot_date", "got '2026-02-30', expected a date YYYY-MM-DD"),
    Refusal("day-first date", "stock", HEADER + "01/10/2026,01,N01AX10,1,1\n",
            2, "snapshot_date", "expected a date YYYY-MM-DD"),
    Refusal("bad number", "stock", HEADER + f"{SNAPSHOT},01,N01AX10,12 st,1\n",
            2, "quantity", "got '12 st', expected a number"),
    Refusal("ambiguous number", "stock", HEADER + f'{SNAPSHOT},01,N01AX10,"1.234,5",1\n',
            2, "quantity", "expected a number"),
    Refusal("empty required cell", "stock", HEADER + f"{SNAPSHOT},01,N01AX10,,1\n",
            2, "quantity", "the cell is empty"),
    Refusal("missing column", "stock",
            "snapshot_date,region,substance_id,quantity\n" + f"{SNAPSHOT},01,N01AX10,1\n",
            1, "daily_consumption",
            "a column named 'daily_consumption' (the header has: 'snapshot_date', 'region', "
            "'substance_id', 'quantity')"),
    Refusal("wrong delimiter", "stock",
            '"snapshot_date;region;substance_id;quantity;daily_consumption"\n"x;y"\n',
            1, "snapshot_date, region, substance_id, quantity, daily_consumption",
            "the delimiter is probably wrong"),
    Refusal("unquoted decimal comma", "stock", HEADER + f"{SNAPSHOT},01,N01AX10,1,5,2\n",
            2, None, "a decimal comma must be inside quotes"),
    Refusal("wrong encoding (UTF-16)", "stock",
            (HEADER + GOOD_ROW).encode("utf-16"), None, None, "this file is UTF-16"),
    Refusal("wrong encoding (bad byte)", "stock",
            (HEADER + GOOD_ROW).encode() + b"2026-10-01,01,N01AX10,1\x81,1\n",
            3, None, "UTF-8 or Windows-1252"),
    Refusal("duplicate key", "stock", HEADER + GOOD_ROW + GOOD_ROW,
            3, "snapshot_date, region, substance_id", "it is already on row 2"),
    Refusal("duplicate key, region by code and by name", "stock",
            HEADER + f"{SNAPSHOT},06,N01AX10,1,1\n{SNAPSHOT},Region Jönköpings län,N01AX10,2,1\n",
            3, "snapshot_date, region, substance_id", "already on row 2"),
    Refusal("instrument in neither database nor file", "grant-use",
            "instrument_id,region,year,purpose,used_sek\nok2099_okand,01,2025,Lager,1000\n",
            2, "instrument_id", "got 'ok2099_okand', expected an instrument_id"),
    Refusal("country in neither database nor file", "sites",
            "site_id,company_id,company_name,site_type,country,city,lat,lon,substance_id\n"
            "S1,C1,Co,api,XX,Town,10,10,N01AX10\n",
            2, "country", "got 'XX', expected an ISO 3166-1 alpha-2 country code"),
    Refusal("latitude out of range", "sites",
            "site_id,company_id,company_name,site_type,country,city,lat,lon,substance_id\n"
            "S1,C1,Co,api,IN,Pune,95,73.8,N01AX10\n",
            2, "lat", "got '95', expected a number -90 to 90"),
    Refusal("site type not in the list", "sites",
            "site_id,company_id,company_name,site_type,country,city,lat,lon,substance_id\n"
            "S1,C1,Co,warehouse,IN,Pune,18.5,73.8,N01AX10\n",
            2, "site_type", "expected one of: api, fpp, packaging"),
    Refusal("site details differ between rows", "sites",
            "site_id,company_id,company_name,site_type,country,city,lat,lon,substance_id\n"
            "S1,C1,Co,api,IN,Pune,18.5,73.8,N01AX10\nS1,C1,Co,api,IN,Mumbai,18.5,73.8,N01AX03\n",
            3, "city", "the same city for site_id S1 on every row: row 2 has 'Pune'"),
    Refusal("shortage kind not in the list", "shortages",
            "notice_id,substance_id,product_name,kind,start_date,updated_on\n"
            "R1,N01AX10,Propofol,slut,2026-10-01,2026-10-01\n",
            2, "kind", "expected one of: restnotering, forsaljningsuppehall"),
    Refusal("end before start", "shortages",
            "notice_id,substance_id,product_name,kind,start_date,resolved_date,updated_on\n"
            "R1,N01AX10,Propofol,restnotering,2026-10-01,2026-09-01,2026-10-01\n",
            2, "resolved_date", "a date on or after start_date"),
    Refusal("population not positive", "populations",
            "region,ref_date,population,source\n01,2024-12-31,0,SCB\n",
            2, "population", "expected a whole number > 0"),
    Refusal("money not whole", "grant-use",
            "instrument_id,region,year,purpose,used_sek\nok2024_lakemedel,01,2025,Lager,\"10,5\"\n",
            2, "used_sek", "expected a whole number"),
    Refusal("region money to SKR", "grant-use",
            "instrument_id,region,year,purpose,used_sek\nok2024_lakemedel,SKR,2025,Lager,10\n",
            2, "region", "instrument ok2024_lakemedel goes to the regions"),
    Refusal("allocations above the instrument total", "grant-allocations",
            "instrument_id,region,allocated_sek\nok2024_lakemedel,01,700\n",
            2, "allocated_sek", "at most the instrument's total_sek 1000"),
    Refusal("category not in the list", "substances",
            "substance_id,name_sv,name_en,atc_code,category\nX1,x,x,,vaccin\n",
            2, "category", "expected one of: medicine, device, ppe"),
    Refusal("malformed ATC code", "substances",
            "substance_id,name_sv,name_en,atc_code,category\nX1,x,x,N01AX1,medicine\n",
            2, "atc_code", "an ATC level-5 code"),
    Refusal("header only", "stock", HEADER, 2, None, "expected data rows under the header"),
    Refusal("a column twice", "stock", HEADER.replace("quantity", "antal,quantity") + "x\n",
            1, "quantity", "each column once"),
    Refusal("new priority list without details", "priority-list",
            "list_version,substance_id\nS2026/1,N01AX10\n",
            2, "title", "a title for list S2026/1, which is not in the database yet"),
)  # fmt: skip


@pytest.mark.parametrize("case", REFUSALS, ids=[c.id for c in REFUSALS])
def test_refused_file_changes_nothing(case: Refusal, small_db: Path, write_file) -> None:
    bad = write_file(case.file_name, case.content)
    file_bytes = bad.read_bytes()
    before, db_sha = table_contents(small_db), sha256_of(small_db)

    result = run_load(small_db, case.dataset, bad)

    assert result.exit_code == 2, result.output
    assert f"Refused {case.file_name} as {case.dataset}" in result.stderr
    where = case.file_name
    if case.row is not None:
        where += f", row {case.row}"
    if case.column is not None:
        where += f", column {case.column}:"
    assert where in result.stderr, result.stderr
    assert case.says in result.stderr, result.stderr
    assert "Nothing was written" in result.stderr
    assert table_contents(small_db) == before
    assert sha256_of(small_db) == db_sha
    assert bad.read_bytes() == file_bytes
    assert not list(small_db.parent.glob(".*.new*"))  # no copy left behind


def test_every_error_is_listed_but_printing_stops_at_50(small_db: Path, write_file) -> None:
    rows = "".join(f"{SNAPSHOT},01,N01AX10,-{i},1\n" for i in range(1, 61))
    bad = write_file("many.csv", HEADER + rows)
    errors_csv = bad.parent / "errors.csv"
    result = run_load(small_db, "stock", bad, "--errors-csv", str(errors_csv))
    assert result.exit_code == 2
    assert "60 error(s)" in result.stderr
    assert "many.csv, row 51, column quantity: got '-50'" in result.stderr
    assert "row 52," not in result.stderr
    assert "... and 10 more" in result.stderr
    lines = errors_csv.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 61 and lines[-1].startswith("many.csv;61;quantity;-60;")


def test_errors_in_many_rows_and_columns_come_together(small_db: Path, write_file) -> None:
    bad = write_file(
        "mixed.csv",
        HEADER
        + f"{SNAPSHOT},99,N01AX10,1,1\n"
        + "2026-13-01,01,N01AX99,x,-1\n"
        + GOOD_ROW
        + GOOD_ROW,
    )
    result = run_load(small_db, "stock", bad)
    assert result.exit_code == 2
    for fragment in (
        "row 2, column region",
        "row 3, column snapshot_date",
        "row 3, column substance_id",
        "row 3, column quantity",
        "row 3, column daily_consumption",
        "row 5, column snapshot_date, region, substance_id",
    ):
        assert fragment in result.stderr


def test_xlsx_errors_use_excel_row_numbers(small_db: Path, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Lagerrapport oktober"])  # a title row: header comes later
    ws.append([])
    ws.append(["snapshot_date", "region", "substance_id", "quantity", "daily_consumption"])
    ws.append([SNAPSHOT, 1, "N01AX10", 10, 1])
    ws.append(["2026-10-32", 1, "N02AA01", 10, 1])
    path = tmp_path / "rapport.xlsx"
    wb.save(path)
    # the title row is taken as the header: missing columns, said at row 1
    result = run_load(small_db, "stock", path)
    assert result.exit_code == 2
    assert "rapport.xlsx, row 1, column snapshot_date: expected a column named" in result.stderr

    ws.delete_rows(1, 2)
    wb.save(path)
    before = table_contents(small_db)
    result = run_load(small_db, "stock", path)
    assert result.exit_code == 2
    assert "rapport.xlsx, row 3, column snapshot_date: got '2026-10-32'" in result.stderr
    assert table_contents(small_db) == before


# ---------------------------------------------------------------- good files
def coverage_06(path: Path, day: date) -> tuple:
    return query(
        path,
        "select n_priority, n_reported, n_meeting_target, share_meeting_target "
        "from v_region_coverage_summary where region_code = '06' and snapshot_date = ?",
        [day],
    )[0]


def test_good_stock_file_moves_region_coverage(small_db: Path, write_file) -> None:
    # the list's target counts medicines and devices: the respirator (PPE) is outside it (issue 12)
    assert coverage_06(small_db, SNAPSHOT) == (5, 3, 2, 2 / 5)
    good = write_file(
        "stock.csv",
        HEADER
        + f"{SNAPSHOT},06,C01CA24,31,1\n"  # 10 -> 31 days: now meets the target
        + f"{SNAPSHOT},Jönköpings län,MT-001,300,10\n"  # 30 days: meets
        + f"{SNAPSHOT},6,PSU-001,0,0\n"  # protective equipment: not in the list's share
        + f"{SNAPSHOT},01,N01AX10,10,1\n",  # another region, 10 days
    )
    result = run_load(small_db, "stock", good)
    assert result.exit_code == 0, result.output
    assert "4 row(s), 3 new, 1 replaced" in result.stdout
    assert coverage_06(small_db, SNAPSHOT) == (5, 4, 4, 4 / 5)
    assert query(
        small_db,
        "select n_reported, n_meeting_target from v_region_coverage_summary "
        "where region_code = '01'",
    ) == [(1, 0)]


def test_a_report_without_expiry_dates_clears_the_replaced_rows_expiry(
    small_db: Path, write_file
) -> None:
    """An expiry date belongs to the stock it came with: a new report of the same row without
    the column must not keep the old date (it would cap the new stock's days)."""
    dated = write_file(
        "dated.csv",
        "snapshot_date,region,substance_id,quantity,daily_consumption,expiry_date\n"
        f"{SNAPSHOT},06,C01CA24,600,10,{SNAPSHOT + timedelta(days=20)}\n",
    )
    assert run_load(small_db, "stock", dated).exit_code == 0
    row = "select expiry_date from stock_snapshots where region_code = '06' and substance_id = ?"
    assert query(small_db, row, ["C01CA24"]) == [(SNAPSHOT + timedelta(days=20),)]
    plain = write_file("plain.csv", HEADER + f"{SNAPSHOT},06,C01CA24,600,10\n")
    assert run_load(small_db, "stock", plain).exit_code == 0
    assert query(small_db, row, ["C01CA24"]) == [(None,)]


def test_swedish_excel_csv_cp1252_semicolon_decimal_comma(small_db: Path, write_file) -> None:
    text = (
        "lagerdatum;Region;substans_id;Antal;Dygnsförbrukning\r\n"
        f"{SNAPSHOT};Jönköpings län;N01AX10;9\u00a0102,2;85,77\r\n"
        f"{SNAPSHOT};Region Östergötland;N02AA01;1 234,5;0\r\n"
        f"{SNAPSHOT};Västra Götalandsregionen;C01CA24;12;0,5\r\n"
    )
    path = write_file("lager.csv", text, encoding="cp1252")
    result = run_load(small_db, "stock", path)
    assert result.exit_code == 0, result.output
    rows = query(
        small_db,
        "select region_code, substance_id, quantity, daily_consumption from stock_snapshots "
        "where snapshot_date = ? and region_code <> '06' or substance_id = 'N01AX10' "
        "order by region_code",
        [SNAPSHOT],
    )
    assert rows == [
        ("05", "N02AA01", 1234.5, 0.0),
        ("06", "N01AX10", 9102.2, 85.77),
        ("14", "C01CA24", 12.0, 0.5),
    ]


def test_shipped_swedish_example_is_windows_1252_with_semicolons() -> None:
    data = (Path(__file__).parents[2] / "data/examples/stock_sv_excel.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert text.splitlines()[0].count(";") == 4
    assert "Jönköpings län" in text and ",77" in text


def test_utf8_bom_and_tab_delimited(small_db: Path, write_file) -> None:
    text = "\ufeffsnapshot_date\tregion\tsubstance_id\tquantity\tdaily_consumption\n"
    text += f"{SNAPSHOT}\t01\tN01AX10\t10\t1\n"
    result = run_load(small_db, "stock", write_file("tab.tsv", text))
    assert result.exit_code == 0, result.output


def test_xlsx_with_excel_dates_and_numeric_region_codes(small_db: Path, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["snapshot_date", "region", "substance_id", "quantity", "daily_consumption"])
    ws.append([SNAPSHOT, 1, "N01AX10", 120, 4])  # a date cell, the code as the number 1
    ws.append([SNAPSHOT, "Region Jönköpings län", "N01AX10", 1234.5, 0.25])
    wb.create_sheet("Anteckningar").append(["ignored: only the first sheet is read"])
    path = tmp_path / "lager.xlsx"
    wb.save(path)
    result = run_load(small_db, "stock", path)
    assert result.exit_code == 0, result.output
    assert query(
        small_db,
        "select region_code, quantity, daily_consumption from stock_snapshots "
        "where substance_id = 'N01AX10' order by 1",
    ) == [("01", 120.0, 4.0), ("06", 1234.5, 0.25)]


def test_same_file_twice_changes_nothing_the_second_time(small_db: Path, write_file) -> None:
    good = write_file("stock.csv", HEADER + GOOD_ROW + f"{SNAPSHOT},12,N01AX10,5,1\n")
    first = run_load(small_db, "stock", good)
    assert first.exit_code == 0, first.output
    after_first = table_contents(small_db)
    second = run_load(small_db, "stock", good)
    assert second.exit_code == 0, second.output
    assert "0 new, 2 replaced" in second.stdout
    after_second = table_contents(small_db)
    # the audit log records each load, the second one too (issue 15); the data stays the same
    assert len(after_second.pop("audit_log")) == len(after_first.pop("audit_log")) + 1
    assert {t: len(r) for t, r in after_second.items()} == {
        t: len(r) for t, r in after_first.items()
    }
    strip_time = lambda rows: [r[:6] + r[7:] for r in rows]  # noqa: E731 - loaded_at moves
    assert strip_time(after_second["data_sources"]) == strip_time(after_first["data_sources"])
    assert {t: r for t, r in after_second.items() if t != "data_sources"} == {
        t: r for t, r in after_first.items() if t != "data_sources"
    }


def test_each_load_is_recorded_in_data_sources(small_db: Path, write_file) -> None:
    good = write_file("lager okt.csv", HEADER + GOOD_ROW)
    run_load(small_db, "stock", good)
    rows = query(
        small_db,
        "select load_id, dataset, is_synthetic, source, licence, n_rows, file_name, file_sha256 "
        "from data_sources where load_id > 2",
    )
    assert rows == [
        (
            3,
            "stock",
            False,
            "file loaded by beredskap load",
            "as supplied by the loader",
            1,
            "lager okt.csv",
            sha256_of(good),
        )
    ]
    other = write_file("lager nov.csv", HEADER + GOOD_ROW + f"{SNAPSHOT},12,N01AX10,5,1\n")
    run_load(small_db, "stock", other)
    run_load(small_db, "stock", good)
    sources = "select load_id, file_name, n_rows from data_sources where load_id > 2 order by 1"
    assert query(small_db, sources) == [(3, "lager okt.csv", 1), (4, "lager nov.csv", 2)]


def test_dry_run_validates_but_writes_nothing(small_db: Path, write_file) -> None:
    before, db_sha = table_contents(small_db), sha256_of(small_db)
    result = run_load(small_db, "stock", write_file("s.csv", HEADER + GOOD_ROW), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "dry run, nothing written" in result.stdout
    assert table_contents(small_db) == before and sha256_of(small_db) == db_sha


def test_missing_database_is_exit_1(tmp_path: Path, write_file) -> None:
    result = run_load(tmp_path / "none.duckdb", "stock", write_file("s.csv", HEADER + GOOD_ROW))
    assert result.exit_code == 1
    assert "no database file" in result.stderr


def test_reader_survives_the_swap_and_new_readers_see_new_data(small_db: Path, write_file) -> None:
    count = "select count(*) from stock_snapshots"
    reader = db.connect_read_only(small_db)
    try:
        assert reader.execute(count).fetchall() == [(3,)]
        result = run_load(small_db, "stock", write_file("s.csv", HEADER + GOOD_ROW))
        assert result.exit_code == 0, result.output
        # the open connection still works, on the file it opened
        assert reader.execute(count).fetchall() == [(3,)]
        # another process opening the path now gets the new file
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from dash_beredskap import db; "
                "con = db.connect_read_only(sys.argv[1]); "
                f"print(con.execute('{count}').fetchall()[0][0])",
                str(small_db),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        assert out.stdout.strip() == "4"
    finally:
        reader.close()
    # in this process too, once the old connection is closed
    assert query(small_db, count) == [(4,)]


def test_reader_keeps_working_while_a_load_runs(small_db: Path, write_file) -> None:
    rows = "".join(f"{SNAPSHOT},{code:02d},N01AX10,{code},1\n" for code in (1, 3, 4, 5, 7, 8))
    good = write_file("s.csv", HEADER + rows)
    reader = db.connect_read_only(small_db)
    seen: set[int] = set()
    try:
        loader = threading.Thread(target=load_file, args=(small_db, "stock", good))
        loader.start()
        while loader.is_alive():
            cursor = reader.cursor()  # one cursor per query, as the app does per thread
            seen.add(cursor.execute("select count(*) from stock_snapshots").fetchall()[0][0])
            cursor.close()
        loader.join()
        seen.add(reader.execute("select count(*) from stock_snapshots").fetchall()[0][0])
    finally:
        reader.close()
    assert seen == {3}
    assert query(small_db, "select count(*) from stock_snapshots") == [(9,)]


# ---------------------------------------------------------------- the other data sets
SITES_HEADER = (
    "site_id,company_id,company_name,site_type,country,city,lat,lon,capacity_index,is_vital,"
    "substance_id\n"
)


def test_sites_upsert_companies_sites_and_replace_a_sites_substances(
    small_db: Path, write_file
) -> None:
    first = write_file(
        "sites1.csv",
        SITES_HEADER
        + 'S1,C1,Exempel AB,api,IN,Pune,"18,52",73.86,1.5,ja,N01AX10\n'
        + 'S1,C1,Exempel AB,api,IN,Pune,"18,52",73.86,1.5,ja,N01AX03\n'
        + "S2,C1,Exempel AB,fpp,SE,Uppsala,59.86,17.64,,ja,N01AX10\n",
    )
    assert run_load(small_db, "sites", first).exit_code == 0
    second = write_file(
        "sites2.csv",
        "site_id,company_id,company_name,site_type,country,city,lat,lon,substance_id\n"
        + "S1,C1,Exempel AB,api,IN,Pune,18.52,73.86,C01CA24\n",
    )
    result = run_load(small_db, "sites", second)
    assert result.exit_code == 0, result.output
    assert query(small_db, "select * from companies") == [("C1", "Exempel AB", None, True)]
    assert query(small_db, "select site_id, lat, capacity_index from sites order by 1") == [
        ("S1", 18.52, 1.5),  # capacity_index not in the second file: kept
        ("S2", 59.86, None),
    ]
    assert query(small_db, "select * from site_substances order by all") == [
        ("S1", "C01CA24"),
        ("S2", "N01AX10"),
    ]
    concentration = "select n_api_sites from v_supply_concentration where substance_id = ?"
    assert query(small_db, concentration, ["C01CA24"]) == [(1,)]


def test_substances_accept_swedish_categories_and_derive_atc_l4(small_db: Path, write_file) -> None:
    path = write_file(
        "substanser.csv",
        "substance_id;namn;name_en;atc;kategori\n"
        "N05CD08;Midazolam;Midazolam;n05cd08;läkemedel\n"
        "n01ax10;Propofol;Propofol;N01AX10;läkemedel\n"  # the stored N01AX10, renamed
        "MT-002;Spruta 10 ml;;;Medicinteknik\n",
    )
    result = run_load(small_db, "substances", path)
    assert result.exit_code == 0, result.output
    assert query(
        small_db, "select * from substances where substance_id in ('N05CD08', 'MT-002') order by 1"
    ) == [
        ("MT-002", "Spruta 10 ml", "Spruta 10 ml", None, None, "device"),
        ("N05CD08", "Midazolam", "Midazolam", "N05CD08", "N05CD", "medicine"),
    ]
    assert query(small_db, "select count(*) from substances") == [(8,)]  # no 'n01ax10' twin


def test_shortages_accept_forsaljningsuppehall_with_swedish_letters(
    small_db: Path, write_file
) -> None:
    path = write_file(
        "rest.csv",
        "notice_id,substance_id,product_name,kind,start_date,expected_end_date,resolved_date,"
        "updated_on\nFU-1,N01AX10,Propofol 10 mg/ml,Försäljningsuppehåll,2026-10-01,,,2026-10-02\n",
    )
    assert run_load(small_db, "shortages", path).exit_code == 0
    assert query(small_db, "select kind, expected_end_date from shortages") == [
        ("forsaljningsuppehall", None)
    ]


def test_priority_list_new_current_list_replaces_the_current_one(
    small_db: Path, write_file
) -> None:
    path = write_file(
        "lista.csv",
        "list_version,substance_id,title,published_on,is_current\n"
        "S2026/1,N01AX10,Ny lista,2026-06-01,true\nS2026/1,MT-001,Ny lista,2026-06-01,true\n",
    )
    result = run_load(small_db, "priority-list", path)
    assert result.exit_code == 0, result.output
    assert query(small_db, "select list_version, is_current from priority_lists order by 1") == [
        ("S2022/04550", False),
        ("S2026/1", True),
    ]
    assert coverage_06(small_db, SNAPSHOT) == (2, 1, 1, 0.5)


def test_grant_money_tables_with_skr_and_region_names(small_db: Path, write_file) -> None:
    use = write_file(
        "use.csv",
        "instrument_id,region,year,purpose,used_sek\n"
        "ok2024_lakemedel,Region Stockholm,2025,Lager,1 000\n"
        "ok2024_lakemedel_skr,SKR,2025,Samordning,2\n",
    )
    assert run_load(small_db, "grant-use", use).exit_code == 0
    req = write_file(
        "req.csv",
        "instrument_id,region,requisitioned_on,amount_sek\nok2024_lakemedel,01,2024-11-01,600\n",
    )
    assert run_load(small_db, "grant-requisitions", req).exit_code == 0
    assert query(
        small_db,
        "select region_code, allocated_sek, requisitioned_sek, used_sek from v_grant_ledger "
        "where instrument_id = 'ok2024_lakemedel' and region_code = '01' order by year",
    ) == [("01", 600, 600, 0), ("01", 0, 0, 1000)]


def test_partial_allocations_load_with_a_warning(small_db: Path, write_file) -> None:
    path = write_file("alloc.csv", "instrument_id,region,allocated_sek\nok2024_lakemedel,06,300\n")
    result = run_load(small_db, "grant-allocations", path)
    assert result.exit_code == 0, result.output
    assert "less than its total 1000 SEK" in result.stderr


def test_sites_may_move_company_and_country_and_companies_their_head_office(
    small_db: Path, write_file
) -> None:
    """Foreign-key columns change on rows other rows refer to (DuckDB needs a detour)."""
    header = SITES_HEADER.replace("substance_id", "company_country,substance_id")
    first = write_file(
        "sites1.csv",
        header
        + "S1,C1,Ett AB,api,IN,Pune,18.5,73.8,1,nej,IN,N01AX10\n"
        + "S2,C1,Ett AB,fpp,IN,Pune,18.5,73.8,1,nej,IN,N01AX03\n"
        + "S3,C2,Två AB,api,CN,Wuhan,30.6,114.3,2,ja,CN,N02AA01\n",
    )
    assert run_load(small_db, "sites", first).exit_code == 0
    # S3 moves from C2 in China to C1 in Italy; C1's head office moves to Sweden; S2 (of C1,
    # not in the file) keeps its details and its substance
    second = write_file(
        "sites2.csv",
        header + "S3,C1,Ett AB,api,IT,Milano,45.5,9.2,2,ja,SE,C01CA24\n",
    )
    result = run_load(small_db, "sites", second)
    assert result.exit_code == 0, result.output
    assert query(small_db, "select * from companies order by 1") == [
        ("C1", "Ett AB", "SE", True),
        ("C2", "Två AB", "CN", True),
    ]
    assert query(
        small_db, "select site_id, company_id, country_iso2, city from sites order by 1"
    ) == [
        ("S1", "C1", "IN", "Pune"),
        ("S2", "C1", "IN", "Pune"),
        ("S3", "C1", "IT", "Milano"),
    ]
    assert query(small_db, "select * from site_substances order by all") == [
        ("S1", "N01AX10"),
        ("S2", "N01AX03"),
        ("S3", "C01CA24"),
    ]
    assert run_load(small_db, "sites", second).exit_code == 0  # and again: nothing moves
    assert len(query(small_db, "select * from site_substances")) == 3


def test_priority_list_items_only_keep_the_stored_details(small_db: Path, write_file) -> None:
    path = write_file(
        "lista.csv",
        "list_version,substance_id,title,is_current\nS2022/04550,N01AX10,,\n",
    )
    result = run_load(small_db, "priority-list", path)
    assert result.exit_code == 0, result.output
    assert query(small_db, "select * from priority_lists") == [
        ("S2022/04550", "Lista 2023", date(2023, 5, 12), True, "Socialstyrelsen")
    ]
    assert query(small_db, "select substance_id from priority_list_items") == [("N01AX10",)]


def test_unknown_columns_are_ignored_with_a_warning(small_db: Path, write_file) -> None:
    path = write_file(
        "s.csv", HEADER.replace("\n", ",kommentar\n") + GOOD_ROW.replace("\n", ",ok\n")
    )
    result = run_load(small_db, "stock", path)
    assert result.exit_code == 0, result.output
    assert "Warning: ignored column(s) not in the stock data set: kommentar" in result.stderr
