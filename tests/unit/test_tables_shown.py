"""Tables on screen: the texts each cell shows, made column by column (tables.shown_texts), are
the fmt texts of the language, and only the cells whose text is not the value's own str() are
sent (the grid's default)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dash_beredskap.ui import fmt
from dash_beredskap.ui.tables import Column, shown_styler, shown_texts


def test_each_kind_shows_its_fmt_text_in_each_language() -> None:
    values = pd.Series([1234.56, None, 0.5, 1234.56])
    for lang in ("sv", "en"):
        texts, rows = shown_texts(values, Column("x", "col.x", "number", decimals=1), lang)
        assert list(texts) == [
            fmt.number(1234.56, 1, lang),
            fmt.MISSING,
            fmt.number(0.5, 1, lang),
            fmt.number(1234.56, 1, lang),
        ]
        assert list(rows) == [0, 1, 2, 3]
    texts, _ = shown_texts(pd.Series([0.7345, np.nan]), Column("p", "col.p", "percent"), "sv")
    assert list(texts) == ["73,5\u00a0%", fmt.MISSING]  # half up, no-break space


def test_only_cells_that_differ_from_their_own_text_are_sent() -> None:
    counts = pd.Series([12, 1234, None, -5000], dtype="Int64")
    texts, rows = shown_texts(counts, Column("n", "col.n", "int"), "sv")
    assert list(texts) == ["12", "1\u00a0234", fmt.MISSING, "-5\u00a0000"]
    assert list(rows) == [1, 2, 3]  # "12" is 12's own text
    with_gaps = pd.Series([12.0, None])  # a count column with a null comes as floats
    texts, rows = shown_texts(with_gaps, Column("n", "col.n", "int"), "sv")
    assert list(texts) == ["12", fmt.MISSING] and list(rows) == [0, 1]  # not "12.0"
    names = pd.Series(["Oslo", None, "Pune"])
    texts, rows = shown_texts(names, Column("c", "col.c"), "en")
    assert list(texts) == ["Oslo", fmt.MISSING, "Pune"] and list(rows) == [1]
    flags = pd.Series([True, False, None], dtype="boolean")
    texts, rows = shown_texts(flags, Column("b", "col.b", "bool"), "sv")
    assert list(texts) == ["Ja", "Nej", fmt.MISSING] and list(rows) == [0, 1, 2]


def test_the_styler_hands_over_texts_and_tinted_rows() -> None:
    data = pd.DataFrame({"a": [1500, 2], "b": ["x", None]})
    columns = [Column("a", "col.a", "int"), Column("b", "col.b")]
    texts = [shown_texts(data[c.name], c, "sv") for c in columns]
    styler = shown_styler(data, texts, tinted=[1])
    assert styler._compute() is styler
    got = styler._translate(False, False)
    shown = {cell["id"]: cell["display_value"] for row in got["body"] for cell in row}
    assert shown == {"row0_col0": "1\u00a0500", "row1_col1": fmt.MISSING}
    (style,) = got["cellstyle"]
    assert style["selectors"] == ["row1_col0", "row1_col1"]
    assert style["props"] == [("background-color", style["props"][0][1])]
