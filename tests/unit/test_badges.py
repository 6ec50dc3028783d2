"""The demo badge's rule (ui.badges): a figure is demo data when any row of one of its data sets
is synthetic; with none of its data sets recorded, when anything in the file is synthetic."""

from __future__ import annotations

import pandas as pd
import pytest

from dash_beredskap.ui import badges, data


def sources(rows: list[tuple[str, bool]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["dataset", "is_synthetic"])


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a real stock file loaded over a demo build: the demo rows left behind still count
        ([("stock", False), ("stock", True), ("priority-list", False)], True),
        ([("stock", False), ("priority-list", False), ("sites", True)], False),
        # coverage's data sets not recorded at all: anything synthetic marks it
        ([("sites", True)], True),
        ([("sites", False)], False),
        ([], False),
    ],
)
def test_a_figure_is_demo_when_any_row_of_its_data_sets_is(monkeypatch, rows, expected) -> None:
    monkeypatch.setattr(data, "run", lambda query, *args: sources(rows))
    assert badges.is_demo("coverage") is expected
    assert badges.any_synthetic() is any(synthetic for _, synthetic in rows)
