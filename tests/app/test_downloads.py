"""Downloads say what they are and give the page's figures (issue 14, point 4).

Each page is opened through the router; every download button's file is built by calling the
callable Streamlit deferred (as a click would), then opened: CSV with the csv module, Excel
with openpyxl. The totals are checked against the small database's own figures, computed in
conftest without the views or queries, and against the table shown on the page.
"""

from __future__ import annotations

import csv
import io
from datetime import date

import openpyxl
import pandas as pd
import pytest

from dash_beredskap.ui.i18n import translate
from tests.app.conftest import SmallDatabase, open_page

LANGS = ("sv", "en")


def downloads(at, files) -> list[tuple[str, str, str, bytes]]:
    """(label, help, file name, bytes) of every download button on the page."""
    out = []
    for button in at.get("download_button"):
        build, name = files[button.proto.deferred_file_id]
        out.append((button.proto.label, button.proto.help, name, build()))
    return out


def workbook(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


def excel_frame(sheet) -> pd.DataFrame:
    rows = list(sheet.values)
    return pd.DataFrame(rows[1:], columns=rows[0])


def assert_well_formed(book: openpyxl.Workbook, lang: str) -> None:
    """Bold frozen header, no formula anywhere, a sources sheet with the demo note."""
    data, sources = book.worksheets
    assert data.freeze_panes == "A2"
    assert all(c.font.bold for c in data[1])
    for sheet in book.worksheets:
        assert not [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert sources.title == translate("download.sources_sheet", lang)
    texts = [c.value for row in sources.iter_rows() for c in row]
    assert translate("download.sources.demo", lang) in texts  # the small database has demo rows
    assert date.today() in [v.date() for v in texts if hasattr(v, "date")]


@pytest.mark.parametrize("lang", LANGS)
def test_coverage_downloads_carry_the_pages_totals(app_db: SmallDatabase, files, lang: str) -> None:
    at = open_page("pages/coverage.py", lang)
    found = downloads(at, files)
    labels = [label for label, *_ in found]
    assert labels[:2] == ["CSV", "Excel"] and set(labels) == {"CSV", "Excel"}
    title = translate("download.table.cov_regions", lang)
    (csv_file,) = [f for f in found if f[0] == "CSV" and title in f[1]]
    (xlsx_file,) = [f for f in found if f[0] == "Excel" and title in f[1]]
    month = app_db.expected.latest.isoformat()  # the month shown
    assert csv_file[2] == f"tackning_regioner_{month}.csv"
    assert xlsx_file[2] == f"tackning_regioner_{month}.xlsx"

    met = translate("col.n_meeting_target", lang)
    share = translate("col.cover_share", lang)
    book = workbook(xlsx_file[3])
    assert_well_formed(book, lang)
    sheet = book.worksheets[0]
    frame = excel_frame(sheet)
    assert frame[met].sum() == app_db.expected.n_meeting_latest
    column = list(frame.columns).index(met) + 1
    cell = sheet.cell(2, column)
    assert cell.data_type == "n" and cell.number_format == "#,##0"
    assert sheet.cell(2, list(frame.columns).index(share) + 1).number_format == "0.0%"
    shares = dict(zip(frame[translate("col.region_name", lang)], frame[share], strict=True))
    expected = app_db.expected.region_shares
    assert {k: v for k, v in shares.items() if not pd.isna(v)} == pytest.approx(
        {k: v for k, v in expected.items() if v is not None}
    )
    assert {k for k, v in shares.items() if pd.isna(v)} == {
        k for k, v in expected.items() if v is None
    }  # an empty cell where no report came
    last = translate("col.cover_last_report", lang)
    assert sheet.cell(2, list(frame.columns).index(last) + 1).is_date

    sep, decimal = (";", ",") if lang == "sv" else (",", ".")
    rows = list(csv.reader(io.StringIO(csv_file[3].decode("utf-8-sig")), delimiter=sep))
    at_met = rows[0].index(met)
    assert sum(int(r[at_met]) for r in rows[1:]) == app_db.expected.n_meeting_latest
    assert any(decimal in r[rows[0].index(share)] for r in rows[1:])


@pytest.mark.parametrize(
    ("page", "params", "n_tables"),
    [
        ("pages/substance.py", {"substance": "A"}, 3),  # countries, companies, alternatives
        ("pages/about.py", {}, 2),  # data sources, public views
        ("pages/grants.py", {}, 3),  # agreements, allocation key, ledger
        ("pages/region.py", {"region": "12"}, 1),
    ],
)
def test_every_excel_download_is_well_formed_and_equals_its_table(
    app_db: SmallDatabase, files, page: str, params: dict[str, str], n_tables: int
) -> None:
    """Each Excel file: a well-formed book whose numbers sum as the table on the page does."""
    at = open_page(page, "sv", **params)
    found = downloads(at, files)
    excel = [f for f in found if f[0] == "Excel"]
    assert len(excel) >= n_tables and len([f for f in found if f[0] == "CSV"]) == len(excel)
    assert len(found) == 2 * len(excel) + (page == "pages/substance.py")  # + the map's PNG
    shown = [d.value for d in at.dataframe]
    compared = 0
    for _, help_text, name, content in excel:
        assert help_text.startswith("Ladda ned ”") and name.endswith(".xlsx")
        assert name.isascii() and " " not in name
        book = workbook(content)
        assert_well_formed(book, "sv")
        frame = excel_frame(book.worksheets[0])
        numeric = [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])]
        same = [
            s
            for s in shown
            if len(s) == len(frame) and all(c in s.columns for c in numeric) and numeric
        ]
        for table in same[:1]:
            compared += 1
            for c in numeric:
                assert frame[c].sum() == pytest.approx(pd.to_numeric(table[c]).sum())
    assert compared >= 1  # at least one file was checked against its table on the page


def test_about_page_offers_the_sources_it_lists(app_db: SmallDatabase, files) -> None:
    at = open_page("pages/about.py", "en")
    found = {name: content for *_, name, content in downloads(at, files)}
    frame = excel_frame(workbook(found["datakallor.xlsx"]).worksheets[0])
    assert sorted(frame[translate("col.dataset", "en")]) == [
        "grant-instruments",
        "grant-use",
        "regions",
        "stock",
    ]
    assert frame[translate("col.n_rows", "en")].sum() == pytest.approx(
        sum(pd.to_numeric(at.dataframe[0].value[translate("col.n_rows", "en")]))
    )
