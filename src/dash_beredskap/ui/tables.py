"""Tables with translated headers and numbers in the reader's language, plus CSV/Excel export.

A page describes its columns once (`Column`: the frame's column, an i18n key for the header and
a kind). On screen the values are formatted by `fmt` through a pandas Styler, so the grid shows
`1 234,5` in Swedish while sorting still uses the numbers underneath. Downloads carry the raw
values under the translated headers: CSV the way the language's spreadsheet reads it (Swedish:
`;` and decimal comma, UTF-8 with BOM), and Excel with real numbers and dates. Text that a
spreadsheet would run as a formula is neutralised (spreadsheet.safe_cell) in both.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import pandas as pd
import streamlit as st

from dash_beredskap.spreadsheet import safe_frame
from dash_beredskap.ui import fmt, state
from dash_beredskap.ui.i18n import t, translate

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


TINT = "background-color: #fdf0e1"  # the demo badge's orange, light: rows of synthetic data
ROW_PX = 35


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
    styler = data.style.format({header(c, lang): _formatter(c, lang) for c in columns})
    if tint is not None:
        marks = list(tint.fillna(False).astype(bool))
        styler = styler.apply(
            lambda row: [TINT if marks[row.name] else ""] * len(row), axis="columns"
        )
    if height == "all":
        height = ROW_PX * (len(data) + 1) + 3
    config = {header(c, lang): st.column_config.Column(width=c.width) for c in columns if c.width}
    st.dataframe(
        styler,
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


def excel_bytes(df: pd.DataFrame, columns: Sequence[Column], sheet: str, lang: str) -> bytes:
    """One sheet of real numbers and dates under translated headers."""
    data = labelled(df, columns, lang, export=True)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        data.to_excel(writer, index=False, sheet_name=sheet[:31])
        ws = writer.sheets[sheet[:31]]
        for i, label in enumerate(data.columns, start=1):
            width = max(len(str(label)), *(len(str(v)) for v in data.iloc[:, i - 1][:200]), 8)
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(width + 2, 60)
    return buffer.getvalue()


def download_buttons(df: pd.DataFrame, columns: Sequence[Column], file_stem: str, key: str) -> None:
    """CSV and Excel download buttons side by side (built only when clicked)."""
    lang = state.language()
    left, right, _ = st.columns([1, 1, 4])
    left.download_button(
        t("download.csv"),
        data=lambda: csv_bytes(df, columns, lang),
        file_name=f"{file_stem}.csv",
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
        key=f"{key}_csv",
    )
    right.download_button(
        t("download.excel"),
        data=lambda: excel_bytes(df, columns, file_stem, lang),
        file_name=f"{file_stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        on_click="ignore",
        key=f"{key}_xlsx",
    )
