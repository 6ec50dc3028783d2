"""Exports never carry a live formula (issue 13, defect 2): CSV, Excel and --errors-csv.

A product or supply-system name like `=HYPERLINK(...)` comes from a loaded file; a spreadsheet
must show it as text. Numbers stay numbers.
"""

from __future__ import annotations

import ast
import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import SNAPSHOT

from dash_beredskap.cli import cli
from dash_beredskap.spreadsheet import safe_cell
from dash_beredskap.ui import charts, i18n
from dash_beredskap.ui.i18n import translate
from dash_beredskap.ui.tables import (
    Column,
    ExportInfo,
    csv_bytes,
    excel_bytes,
    file_name,
    table_title,
)

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


# ---- issue 14 point 4: downloads say what they are; Excel reads as a Swedish official expects

TYPED = [
    Column("name", "col.region_name"),
    Column("n", "col.n_items", "int"),
    Column("days", "col.n_items", "number", decimals=1),
    Column("share", "col.cover_share", "percent"),
    Column("money", "col.allocated_sek", "mnkr"),
    Column("day", "col.start_date", "date"),
]
SOURCES = pd.DataFrame(
    {
        "dataset": ["stock", "regions"],
        "title": ['=HYPERLINK("http://x")', "Regioner"],
        "provenance": ["synthetic", "real"],
        "is_synthetic": [True, False],
        "source": ["SYNTETISKA DEMODATA", "SCB"],
        "licence": ["CC0", "CC0"],
        "loaded_at": [pd.Timestamp("2026-11-01 10:00")] * 2,
    }
)


def _typed() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "name": ["Region Stockholm med ett långt namn", "Gotland"],
            "n": [1234, 5],
            "days": [1234.5, None],
            "share": [0.734, 0.5],
            "money": [1_894_000_000, 0],
            "day": [pd.Timestamp("2026-11-01"), pd.Timestamp("2026-05-01")],
        }
    )


def _info(**kw) -> ExportInfo:
    return ExportInfo(
        title="Täckning per region",
        exported=date(2026, 12, 1),
        filters=(("month", "2026-11-01"), ("region", "01")),
        sources=kw.get("sources", SOURCES),
    )


def test_excel_header_is_bold_frozen_and_columns_fit_their_content() -> None:
    book = openpyxl.load_workbook(io.BytesIO(excel_bytes(_typed(), TYPED, "Täckning", "sv")))
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "A2" and all(c.font.bold for c in sheet[1])
    widths = {c: sheet.column_dimensions[c].width for c in "ABCDEF"}
    assert widths["A"] >= len("Region Stockholm med ett långt namn")
    assert widths["A"] > widths["B"]


def test_excel_numbers_have_excels_own_formats_and_dates_are_dates() -> None:
    book = openpyxl.load_workbook(io.BytesIO(excel_bytes(_typed(), TYPED, "x", "sv")))
    sheet = book.worksheets[0]
    formats = [sheet.cell(2, i).number_format for i in range(2, 7)]
    assert formats == ["#,##0", "#,##0.0", "0.0%", "#,##0", "yyyy-mm-dd"]
    assert [sheet.cell(2, i).value for i in range(2, 6)] == [1234, 1234.5, 0.734, 1_894_000_000]
    assert all(sheet.cell(2, i).data_type == "n" for i in range(2, 6))
    assert sheet["F2"].is_date and sheet["F2"].value.date() == date(2026, 11, 1)
    assert sheet["C3"].value is None  # a missing number is an empty cell, not "nan" or "–"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_sources_sheet_names_table_date_choices_sources_and_the_demo_note(lang: str) -> None:
    content = excel_bytes(_typed(), TYPED, "x", lang, _info())
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert [s.title for s in book.worksheets][1] == ("Källor" if lang == "sv" else "Sources")
    sheet = book.worksheets[1]
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Täckning per region" in values
    assert datetime(2026, 12, 1) in values
    assert "month = 2026-11-01; region = 01" in values
    assert translate("download.sources.demo", lang) in values
    assert {"stock", "regions", "SCB", "SYNTETISKA DEMODATA"} <= set(values)
    assert '\'=HYPERLINK("http://x")' in values  # data in the sources sheet is made safe too
    cells = [c for s in book.worksheets for row in s.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]


def test_sources_sheet_says_nothing_of_demo_data_when_all_is_real() -> None:
    real = SOURCES[~SOURCES["is_synthetic"]]
    book = openpyxl.load_workbook(
        io.BytesIO(excel_bytes(_typed(), TYPED, "x", "sv", _info(sources=real)))
    )
    values = [c.value for row in book.worksheets[1].iter_rows() for c in row]
    assert translate("download.sources.demo", "sv") not in values


def test_file_names_are_plain_ascii_and_table_titles_fall_back_to_the_stem() -> None:
    assert file_name("tackning_regioner_2026-11") == "tackning_regioner_2026-11"
    assert file_name("Skåne län / för år 2026") == "Skane_lan_for_ar_2026"
    assert table_title("cov_regions", "x", "en") == "Coverage per region"
    assert table_title("no_such_key", "under_malet_12", "sv") == "under malet 12"


def _download_keys() -> set[str]:
    """The key= of every download_buttons call in the app's code."""
    root = Path(__file__).resolve().parents[2]
    keys = set()
    for path in [*root.glob("pages/*.py"), *root.glob("src/dash_beredskap/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "download_buttons":
                keys.update(k.value.value for k in node.keywords if k.arg == "key")
    return keys


def test_every_download_in_the_code_has_a_title_in_both_languages() -> None:
    keys = _download_keys()
    assert len(keys) >= 45
    missing = [k for k in keys if not i18n.has(f"download.table.{k}")]
    assert not missing
    assert all(i18n.EN.get(f"download.table.{k}") for k in keys)


def test_every_chart_offers_a_png_named_after_it() -> None:
    """Plotly's camera button draws the PNG in the browser (no internet): on, and named."""
    config = charts.config("sv", png_name="substance_cover")
    assert config["toImageButtonOptions"] == {
        "format": "png",
        "scale": 2,
        "filename": "beredskapslaget_substance_cover",
    }
    assert config.get("displayModeBar", True) is not False
    assert "toImage" not in config["modeBarButtonsToRemove"]
    assert charts.png_options("ÅÄÖ region/12")["filename"] == ("beredskapslaget_region_12")
    assert charts.png_options(None)["filename"] == "beredskapslaget"
