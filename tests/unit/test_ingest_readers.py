"""Readers and value parsers: what Swedish Excel files look like, and what they must not become."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from dash_beredskap import db
from dash_beredskap.ingest.errors import FileError, IngestError, format_errors
from dash_beredskap.ingest.readers import (
    decode_text,
    detect_delimiter,
    excel_cell_text,
    read_csv_bytes,
    read_table,
)
from dash_beredskap.ingest.validate import (
    normalise_header,
    parse_bool,
    parse_date,
    parse_int,
    parse_number,
    region_aliases,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234", 1234.0),
        ("1234,5", 1234.5),
        ("1234.5", 1234.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234,5", 1234.5),  # non-breaking space, as Swedish Excel shows thousands
        ("1\u202f234", 1234.0),  # narrow no-break space
        ("-3,25", -3.25),
        ("\u22123", -3.0),  # the typographic minus
        ("0,000125", 0.000125),
        ("1.5e-05", 1.5e-05),  # how an XLSX float cell comes through
        (",5", 0.5),
    ],
)
def test_parse_number_accepts_swedish_and_excel_forms(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text", ["1.234,5", "1,234.5", "1,2,3", "1.2.3", "12 st", "abc", "", "nan", "inf", "1e"]
)
def test_parse_number_refuses_ambiguous_or_not_numbers(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_parse_int() -> None:
    assert parse_int("100 000 000") == 100_000_000
    assert parse_int("1234567,00") == 1_234_567
    assert parse_int("1234567.0") == 1_234_567
    for bad in ("10,5", "x", "1.234.567"):
        with pytest.raises(ValueError):
            parse_int(bad)


def test_parse_date() -> None:
    assert parse_date("2026-10-31") == date(2026, 10, 31)
    assert parse_date("2026-10-31 00:00:00") == date(2026, 10, 31)
    assert parse_date("2026-10-31T00:00") == date(2026, 10, 31)
    for bad in ("2026-02-30", "31/10/2026", "2026-10-31 13:45:00", "20261031", "2026-1-5"):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_parse_bool() -> None:
    assert [parse_bool(t) for t in ("Ja", "true", "1", "x", "Nej", "FALSE", "0")] == [
        True, True, True, True, False, False, False
    ]  # fmt: skip
    with pytest.raises(ValueError):
        parse_bool("kanske")


def test_headers_match_whatever_the_case_and_spacing() -> None:
    assert normalise_header(" Daily consumption ") == "daily_consumption"
    assert normalise_header("DAILY-CONSUMPTION") == "daily_consumption"
    assert normalise_header("Förbrukning per dygn") == "förbrukning_per_dygn"


def test_every_region_resolves_by_code_number_and_names() -> None:
    with open(db.REFERENCE_DIR / "se_region_population.csv", encoding="utf-8") as f:
        regions = [
            (r["lan_code"], r["region_name"], r["lan_name"], r["iso_3166_2"])
            for r in csv.DictReader(f)
        ]
    aliases = region_aliases(regions)
    for code, region_name, lan_name, iso in regions:
        for name in (code, str(int(code)), region_name, lan_name, iso):
            assert aliases[name.casefold()] == code, name
    for name, code in {
        "jönköping": "06",
        "jönköpings": "06",
        "region jönköpings län": "06",
        "västra götaland": "14",
        "västra götalandsregionen": "14",
        "stockholm": "01",
        "dalarna": "20",
        "jämtland härjedalen": "23",
        "jämtland": "23",
        "sörmland": "04",
        "södermanland": "04",
    }.items():
        assert aliases[name] == code, name


# ---------------------------------------------------------------- encodings and delimiters
def test_utf8_with_and_without_bom_and_cp1252() -> None:
    assert decode_text("å;ä".encode(), "f.csv") == ("å;ä", "utf-8")
    assert decode_text("\ufeffå;ä".encode(), "f.csv") == ("å;ä", "utf-8-sig")
    assert decode_text("Jönköpings län;9 102,2".encode("cp1252"), "f.csv") == (
        "Jönköpings län;9 102,2",
        "cp1252",
    )


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ("a;b\n1;2\n".encode("utf-16"), "UTF-16"),
        ("a;b\n1;2\n".encode("utf-16-le"), "UTF-16"),  # no BOM
        (b"\x00\x01\x02\x03binary\x00", "binary"),
    ],
)
def test_utf16_and_binary_are_refused_with_a_clear_message(data: bytes, says: str) -> None:
    with pytest.raises(IngestError) as e:
        decode_text(data, "f.csv")
    (error,) = e.value.errors
    assert error.file_name == "f.csv" and says in str(error)


def test_undecodable_byte_names_its_row() -> None:
    with pytest.raises(IngestError) as e:
        decode_text(b"a;b\n1;2\n3;\x81\n", "f.csv")
    assert str(e.value.errors[0]).startswith("f.csv, row 3: got 'byte 0x81'")


@pytest.mark.parametrize(
    ("line", "delimiter"),
    [
        ("a;b;c", ";"),
        ("a,b,c", ","),
        ("a\tb\tc", "\t"),
        ('"a,1";b;c', ";"),  # commas inside quotes do not count
        ("single", ";"),
    ],
)
def test_detect_delimiter(line: str, delimiter: str) -> None:
    assert detect_delimiter(line) == delimiter


def test_csv_rows_keep_the_line_numbers_the_user_sees() -> None:
    data = b'sep=,\r\na,b\r\n1,"two\r\nlines"\r\n\r\n3,4\r\n'
    table = read_csv_bytes(data, "f.csv")
    assert table.delimiter == "," and table.header_row == 2 and table.header == ["a", "b"]
    assert table.rows == [(3, ["1", "two\r\nlines"]), (6, ["3", "4"])]


def test_cells_are_stripped_strings_and_codes_keep_leading_zeros() -> None:
    table = read_csv_bytes(b"region;quantity\n 01 ;\xa01 234,5\n", "f.csv")
    assert table.encoding == "cp1252"
    assert table.rows == [(2, ["01", "1 234,5"])]


# ---------------------------------------------------------------- XLSX
def test_excel_cell_text() -> None:
    assert excel_cell_text(datetime(2026, 10, 1)) == "2026-10-01"
    assert excel_cell_text(datetime(2026, 10, 1, 8, 30)) == "2026-10-01 08:30:00"
    assert excel_cell_text(date(2026, 10, 1)) == "2026-10-01"
    assert excel_cell_text(6.0) == "6"
    assert excel_cell_text(85.77) == "85.77"
    assert excel_cell_text(None) == ""
    assert excel_cell_text(True) == "true"
    assert excel_cell_text(" Jönköpings län ") == "Jönköpings län"


def test_xlsx_first_sheet_rows_numbered_like_excel(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A2"], ws["B2"] = "snapshot_date", "region"
    ws["A3"], ws["B3"] = datetime(2026, 10, 1), 6
    ws["A5"], ws["B5"] = "2026-11-01", "Jönköpings län"
    wb.create_sheet("other")["A1"] = "not read"
    path = tmp_path / "x.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.file_format == "xlsx" and table.header_row == 2
    assert table.rows == [(3, ["2026-10-01", "6"]), (5, ["2026-11-01", "Jönköpings län"])]


def test_a_workbook_named_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["a"])
    wb.active.append([1])
    path = tmp_path / "export.csv"
    wb.save(path)
    assert read_table(path).file_format == "xlsx"


def test_old_xls_and_fake_xlsx_are_refused(tmp_path: Path) -> None:
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(IngestError, match="error"):
        read_table(xls)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("a;b\n")
    with pytest.raises(IngestError) as e:
        read_table(fake)
    assert "fake.xlsx" in str(e.value.errors[0])


# ---------------------------------------------------------------- error lines
def test_error_line_format_and_the_limit() -> None:
    e = FileError("lager.csv", 7, "quantity", "-5", "a number >= 0")
    assert str(e) == "lager.csv, row 7, column quantity: got '-5', expected a number >= 0"
    assert str(FileError("f.csv", None, None, None, "UTF-8")) == "f.csv: expected UTF-8"
    lines = format_errors([e] * 53, limit=50)
    assert len(lines) == 51 and lines[-1] == "... and 3 more"
