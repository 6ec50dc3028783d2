"""Exports never carry a live formula (issue 13, defect 2): CSV, Excel and --errors-csv.

A product or supply-system name like `=HYPERLINK(...)` comes from a loaded file; a spreadsheet
must show it as text. Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import SNAPSHOT

from dash_beredskap.cli import cli
from dash_beredskap.spreadsheet import safe_cell
from dash_beredskap.ui.tables import Column, csv_bytes, excel_bytes

HOSTILE = [
    '=HYPERLINK("https://evil.example","Klicka")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
COLUMNS = [Column("name", "common.yes"), Column("quantity", "common.no", "number")]


@pytest.mark.parametrize("text", HOSTILE)
def test_safe_cell_prefixes_formula_text(text: str) -> None:
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Propofol", "-60", "+46", "-1,5", "3.5", -60, 2.5, None, ""])
def test_safe_cell_leaves_plain_text_and_numbers(value: object) -> None:
    assert safe_cell(value) == value


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"name": [*HOSTILE, "Propofol"], "quantity": [-1.5, 2, 3, 4, 5, 6, 7]})


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_csv_export_has_no_formula_cell(lang: str) -> None:
    text = csv_bytes(_frame(), COLUMNS, lang).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";" if lang == "sv" else ","))
    names = [r[0] for r in rows[1:]]
    assert names == ["'" + h for h in HOSTILE] + ["Propofol"]
    assert rows[1][1] == ("-1,5" if lang == "sv" else "-1.5")  # a number, not neutralised


def test_excel_export_has_no_formula_cell_and_numbers_stay_numbers() -> None:
    book = openpyxl.load_workbook(io.BytesIO(excel_bytes(_frame(), COLUMNS, "Lager", "sv")))
    sheet = book.active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert sheet["A2"].value == "'" + HOSTILE[0]
    assert sheet["B2"].value == -1.5 and sheet["B2"].data_type == "n"


def test_errors_csv_neutralises_the_files_own_values(small_db: Path, write_file) -> None:
    header = "snapshot_date,region,substance_id,quantity,daily_consumption\n"
    bad = write_file("bad.csv", header + f'{SNAPSHOT},"=HYPERLINK(""http://x"")",@N01AX10,-60,1\n')
    errors_csv = bad.parent / "errors.csv"
    result = CliRunner().invoke(
        cli, ["load", "stock", str(bad), "--db", str(small_db), "--errors-csv", str(errors_csv)]
    )
    assert result.exit_code == 2
    rows = list(csv.reader(io.StringIO(errors_csv.read_text("utf-8-sig")), delimiter=";"))
    values = {r[2]: r[3] for r in rows[1:]}
    assert values["region"] == '\'=HYPERLINK("http://x")'
    assert values["substance_id"] == "'@N01AX10"
    assert values["quantity"] == "-60"  # a plain number stays as it is
