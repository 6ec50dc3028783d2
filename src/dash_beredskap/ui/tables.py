"""Tables with translated headers and numbers in the reader's language, plus CSV/Excel export.

A page describes its columns once (`Column`: the frame's column, an i18n key for the header and
a kind). On screen the values are formatted by `fmt`, each distinct value once per column, and
handed to the grid as display texts (shown_styler), so it shows `1 234,5` in Swedish while
sorting still uses the numbers underneath. Downloads carry the raw
values under the translated headers: CSV the way the language's spreadsheet reads it (Swedish:
`;` and decimal comma, UTF-8 with BOM), and Excel with real numbers and dates in Excel's own
formats, a bold frozen header and a sheet of sources (issue 14). `download_buttons` is the one
way a page offers a table: buttons "CSV" and "Excel", the table's name (texts
`download.table.<key>`) in the tooltip. Text that a spreadsheet would run as a formula is
neutralised (spreadsheet.safe_cell) in both.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

import numpy as np
import openpyxl
import pandas as pd
import streamlit as st
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from pandas.io.formats.style import Styler

from dash_beredskap import queries
from dash_beredskap.spreadsheet import safe_cell, safe_frame
from dash_beredskap.ui import access, data, fmt, palette, state
from dash_beredskap.ui.i18n import has, t, translate

Kind = Literal["text", "int", "number", "percent", "mnkr", "date", "bool", "index"]


@dataclass(frozen=True)
class Column:
    name: str  # column in the frame
    label_key: str  # i18n key of the header
    kind: Kind = "text"
    decimals: int = 1
    width: Literal["small", "medium", "large"] | int | None = None  # on screen; None: fit


def _formatter(col: Column, lang: str) -> Callable[[object], str] | None:
    yes, no = translate("common.yes", lang), translate("common.no", lang)
    formatters: dict[str, Callable[[object], str]] = {
        "int": lambda v: fmt.integer(v, lang),
        "number": lambda v: fmt.number(v, col.decimals, lang),
        "index": lambda v: fmt.number(v, fmt.DECIMALS["index"], lang),
        "percent": lambda v: fmt.percent(v, col.decimals, lang),
        "mnkr": lambda v: fmt.mnkr(v, lang),
        "date": lambda v: fmt.day(v, lang),
        "bool": lambda v: fmt.MISSING if fmt.is_missing(v) else (yes if v else no),
        "text": lambda v: fmt.MISSING if fmt.is_missing(v) else str(v),
    }
    return formatters.get(col.kind)


def header(col: Column, lang: str, export: bool = False) -> str:
    """The translated header; in exports, money columns name their unit (raw kronor)."""
    label = translate(col.label_key, lang)
    if export and col.kind == "mnkr":
        return translate("download.unit_sek", lang, label=label)
    return label


def labelled(
    df: pd.DataFrame, columns: Sequence[Column], lang: str, export: bool = False
) -> pd.DataFrame:
    """The chosen columns, in order, under their headers in `lang` (raw values).

    For export, dates become plain dates (no time of day) and text that a spreadsheet would
    run as a formula gets a leading apostrophe. The language is explicit because
    downloads are built when clicked, outside the script run that knows it.
    """
    out = df[[c.name for c in columns]].copy()
    if export:
        for c in columns:
            if c.kind == "date":
                out[c.name] = pd.to_datetime(out[c.name]).dt.date
        out = safe_frame(out)
    out.columns = [header(c, lang, export) for c in columns]
    return out


# the demo badge's orange, light: rows of synthetic data
TINT = f"background-color: {palette.DEMO_TINT}"
ROW_PX = 35


def shown_texts(values: pd.Series, col: Column, lang: str) -> tuple[np.ndarray, np.ndarray]:
    """Each value of a column as the table shows it in `lang` (fmt, by the column's kind), and
    the rows whose text is not the value's own str() (the grid's default, so only those are
    sent): every distinct value formatted once, then spread over the rows (a 900-row table
    holds a few hundred distinct values per column; Babel costs ~0.1 ms a call)."""
    formatter = _formatter(col, lang) or (lambda v: fmt.MISSING if fmt.is_missing(v) else str(v))
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    texts = np.array([*(formatter(v) for v in uniques), fmt.MISSING], dtype=object)
    missing = codes < 0  # code -1: the last text, the dash
    if col.kind == "text":
        differs = missing
    elif col.kind == "int" and pd.api.types.is_integer_dtype(values):  # "123" either way
        differs = missing | (np.abs(pd.to_numeric(values).fillna(0).to_numpy()) >= 1000)
    else:
        differs = np.ones(len(values), dtype=bool)
    return texts[codes], np.flatnonzero(differs)


def shown_styler(
    data: pd.DataFrame, texts: list[tuple[np.ndarray, np.ndarray]], tinted: list[int]
) -> Styler:
    """What st.dataframe draws: the raw values underneath (sorting, the value a test or an
    editor reads) and, per cell, its text in the reader's language (`texts`: per column, the
    texts and the rows to send, from shown_texts); the rows `tinted` shaded.

    A pandas Styler in type only: Streamlit takes a Styler's display texts and cell styles
    from its `_compute` and `_translate` (streamlit.elements.lib.pandas_styler_utils); this one
    hands them over ready instead of pandas rendering every cell (0.65 s for a 885 x 28
    table). Streamlit's own column formats cannot write a decimal comma, so they are no way to
    Swedish numbers. Streamlit checks the type by its exact name, hence an instance whose two
    methods are replaced rather than a subclass.
    """
    styler = Styler(data)
    body = [
        [{"id": f"row{r}_col{c}", "display_value": column[r]} for r in rows]
        for c, (column, rows) in enumerate(texts)
    ]
    cells = [f"row{r}_col{c}" for r in tinted for c in range(len(texts))]
    prop = tuple(part.strip() for part in TINT.split(":"))
    translated = {
        "body": body,
        "cellstyle": [{"props": [prop], "selectors": cells}] if cells else [],
    }
    styler._compute = lambda: styler  # type: ignore[method-assign]
    styler._translate = lambda *args, **kwargs: translated  # type: ignore[method-assign]
    return styler


def show_table(
    df: pd.DataFrame,
    columns: Sequence[Column],
    height: int | Literal["auto", "all"] = "auto",
    tint: pd.Series | None = None,
) -> None:
    """st.dataframe with translated headers and language-formatted values, sortable.

    height="all" shows every row without scrolling; `tint` (booleans aligned with `df`)
    shades the rows where it is true.
    """
    lang = state.language()
    data = labelled(df, columns, lang).reset_index(drop=True)
    texts = [shown_texts(data.iloc[:, i], c, lang) for i, c in enumerate(columns)]
    tinted = [] if tint is None else list(np.flatnonzero(tint.fillna(False).astype(bool)))
    if height == "all":
        height = ROW_PX * (len(data) + 1) + 3
    config = {header(c, lang): st.column_config.Column(width=c.width) for c in columns if c.width}
    # the limit guards pandas' own rendering, which shown_styler does not do
    with pd.option_context("styler.render.max_elements", max(data.size, 1)):
        st.dataframe(
            shown_styler(data, texts, tinted),
            hide_index=True,
            width="stretch",
            height=height,
            column_config=config or None,
            placeholder=fmt.MISSING,
        )


def csv_bytes(df: pd.DataFrame, columns: Sequence[Column], lang: str) -> bytes:
    """CSV as the language's spreadsheet opens it (sv: `;`, decimal comma, UTF-8 with BOM)."""
    data = labelled(df, columns, lang, export=True)
    # CRLF, as Excel writes CSV: then a value holding a lone CR is quoted, not split in two
    if lang == "sv":
        text = data.to_csv(index=False, sep=";", decimal=",", lineterminator="\r\n")
    else:
        text = data.to_csv(index=False, lineterminator="\r\n")
    return text.encode("utf-8-sig")


@dataclass(frozen=True)
class ExportInfo:
    """What the Excel file's sources sheet says: the table, when, the page's choices, the data
    sets of the database (a data_sources frame) and whether any of them is synthetic."""

    title: str
    exported: date
    filters: tuple[tuple[str, str], ...] = ()
    sources: pd.DataFrame | None = None


def excel_format(col: Column) -> str | None:
    """Excel's built-in number format for a column: Excel shows it with the reader's locale
    separators (`#,##0.0` reads 1 234,5 in a Swedish Excel)."""
    decimals = "." + "0" * col.decimals if col.decimals > 0 else ""
    return {
        "int": "#,##0",
        "number": "#,##0" + decimals,
        "index": "0.00",
        "percent": "0" + decimals + "%",
        "mnkr": "#,##0",  # exported as kronor
        "date": "yyyy-mm-dd",
    }.get(col.kind)


def _shown(value: object, col: Column, lang: str) -> str:
    """About what Excel shows in a cell, to size its column."""
    formatter = _formatter(col, lang)
    if col.kind == "mnkr":
        return fmt.number(value, 0, lang)
    return formatter(value) if formatter else str(value)


def excel_bytes(
    df: pd.DataFrame,
    columns: Sequence[Column],
    sheet: str,
    lang: str,
    info: ExportInfo | None = None,
) -> bytes:
    """Real numbers and dates under translated headers: a bold, frozen header row, column
    widths from the content, number formats per kind; with `info` a second sheet of sources."""
    data = labelled(df, columns, lang, export=True)
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = _sheet_name(sheet)
    ws.append(list(data.columns))
    for row in data.itertuples(index=False):
        ws.append([None if fmt.is_missing(v) else _plain(v) for v in row])
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
    ws.freeze_panes = "A2"
    for i, col in enumerate(columns, start=1):
        letter = get_column_letter(i)
        number_format = excel_format(col)
        if number_format:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = number_format
        sample = [_shown(v, col, lang) for v in df[col.name].iloc[:500]]
        width = max([len(str(data.columns[i - 1])), *map(len, sample), 6])
        ws.column_dimensions[letter].width = min(width + 2, 60)
    if info is not None:
        _sources_sheet(book, info, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_name(name: str) -> str:
    """Excel's rules for a sheet name: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", "_", name)[:31] or "data"


def _plain(value: object) -> object:
    """A cell value openpyxl writes as a number, date or text (numpy scalars to Python)."""
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value.item() if hasattr(value, "item") else value


def _sources_sheet(book: openpyxl.Workbook, info: ExportInfo, lang: str) -> None:
    """The sheet "Källor"/"Sources": table, date, the page's choices, the demo note, and the
    data sets (title, kind, source, licence, loaded). Text from data is made safe here too."""
    ws = book.create_sheet(translate("download.sources_sheet", lang))
    bold = Font(bold=True)
    sources = info.sources if info.sources is not None else pd.DataFrame()
    rows: list[list[object]] = [
        [translate("download.sources.table", lang), info.title],
        [translate("download.sources.exported", lang), info.exported],
    ]
    filters = "; ".join(f"{k} = {v}" for k, v in info.filters)
    rows.append(
        [
            translate("download.sources.filters", lang),
            filters or translate("download.sources.no_filters", lang),
        ]
    )
    for row in rows:
        ws.append([safe_cell(v) for v in row])
        ws.cell(ws.max_row, 1).font = bold
    ws.cell(2, 2).number_format = "yyyy-mm-dd"
    if len(sources) and sources["is_synthetic"].any():
        ws.append([])
        ws.append([translate("download.sources.demo", lang)])
        ws.cell(ws.max_row, 1).font = Font(bold=True, color="8A4B00")
    ws.append([])
    ws.append([translate("download.sources.heading", lang)])
    ws.cell(ws.max_row, 1).font = bold
    heads = ["download.sources.dataset", "col.title", "download.sources.kind", "col.source"]
    heads += ["col.licence", "col.loaded_at"]
    ws.append([translate(k, lang) for k in heads])
    for cell in ws[ws.max_row]:
        cell.font = bold
    newest = sources.drop_duplicates("dataset") if len(sources) else sources
    for r in newest.itertuples():
        loaded = pd.Timestamp(r.loaded_at).date() if not fmt.is_missing(r.loaded_at) else None
        ws.append(
            [
                safe_cell(r.dataset),
                safe_cell(r.title),
                translate(f"about.kind.{r.provenance}", lang),
                safe_cell(r.source),
                safe_cell(r.licence),
                loaded,
            ]
        )
        ws.cell(ws.max_row, 6).number_format = "yyyy-mm-dd"
    for letter, width in zip("ABCDEF", (24, 44, 18, 60, 24, 12), strict=True):
        ws.column_dimensions[letter].width = width


def table_title(key: str, file_stem: str, lang: str) -> str:
    """The table's name in `lang` (texts `download.table.<key>`), else its file name in words."""
    text_key = f"download.table.{key}"
    return translate(text_key, lang) if has(text_key) else file_stem.replace("_", " ")


def file_name(stem: str) -> str:
    """A file name any system accepts: ASCII letters, digits, `-` and `_`."""
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9_-]+", "_", ascii_stem).strip("_") or "export"


PAGE_ONLY_PARAMS = ("lang", "present", "embed", "embed_options")


def page_filters() -> tuple[tuple[str, str], ...]:
    """The page's choices as they stand in the URL (state lives there), language aside."""
    try:
        params = st.query_params.to_dict()
    except Exception:  # outside a Streamlit run
        return ()
    return tuple((k, str(v)) for k, v in sorted(params.items()) if k not in PAGE_ONLY_PARAMS)


def download_buttons(
    df: pd.DataFrame,
    columns: Sequence[Column],
    file_stem: str,
    key: str,
    kind: access.Export = "screen",
) -> None:
    """The one way to offer a table: "CSV" and "Excel" side by side, the table's name in the
    tooltip and the file name; the Excel file carries a sources sheet. Built only when clicked,
    so everything it needs from this run (language, choices, sources) is taken now.

    `kind` is what the file holds (screen: the table as shown; detail: a detailed table; views:
    a whole public view): no buttons unless the session's role may make that export."""
    if not access.may_export(kind):
        return
    lang = state.language()
    audited = access.export_recorder(file_stem)  # the audit log's hook, bound to this session
    title = table_title(key, file_stem, lang)
    stem = file_name(file_stem)
    info = ExportInfo(
        title=title,
        exported=date.today(),
        filters=page_filters(),
        sources=data.run(queries.meta.data_sources),
    )
    row = st.container(horizontal=True, gap="small")
    row.download_button(
        t("download.csv"),
        data=lambda: audited("csv", csv_bytes(df, columns, lang)),
        file_name=f"{stem}.csv",
        mime="text/csv",
        icon=":material/download:",
        help=t("download.csv_help", title=title),
        on_click="ignore",
        key=f"{key}_csv",
    )
    row.download_button(
        t("download.excel"),
        data=lambda: audited("xlsx", excel_bytes(df, columns, title, lang, info)),
        file_name=f"{stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        help=t("download.excel_help", title=title),
        on_click="ignore",
        key=f"{key}_xlsx",
    )
