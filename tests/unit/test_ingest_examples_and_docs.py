"""The shipped examples load into the demo database, and docs/datasets.md matches the specs."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import table_contents

from dash_beredskap import db
from dash_beredskap.cli import cli
from dash_beredskap.ingest.specs import DATASETS, columns_markdown

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "data" / "examples"
DOCS = ROOT / "docs" / "datasets.md"
# load order: what later files refer to first
ORDER = (
    "substances",
    "grant-instruments",
    "grant-allocations",
    "grant-requisitions",
    "grant-use",
    "grant-repayments",
    "reports",
    "assignments",
    "populations",
    "priority-list",
    "region-costs",
    "supply-systems",
    "shortages",
    "sites",
    "country-groups",
    "company-services",
    "stock",
    "scenarios",
)


@pytest.fixture(scope="module")
def demo_db(demo_file: Path) -> Path:
    return demo_file


def example_files() -> list[tuple[str, Path]]:
    files = [(name, EXAMPLES / f"{name}.csv") for name in ORDER]
    return [*files, ("stock", EXAMPLES / "stock_sv_excel.csv"), ("stock", EXAMPLES / "stock.xlsx")]


def test_every_data_set_has_an_example_and_a_place_in_the_order() -> None:
    assert sorted(ORDER) == sorted(DATASETS)
    for name, path in example_files():
        assert path.exists(), f"{name}: no example {path}"


def test_examples_load_cleanly_into_the_demo_and_check_passes(
    demo_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.duckdb"
    db.copy_database(demo_db, path)
    runner = CliRunner()
    for name, file in example_files():
        result = runner.invoke(cli, ["load", name, str(file), "--db", str(path)])
        assert result.exit_code == 0, f"{file.name}: {result.output}"
    after_once = table_contents(path)
    for name, file in example_files():
        assert runner.invoke(cli, ["load", name, str(file), "--db", str(path)]).exit_code == 0
    after_twice = table_contents(path)
    # loading the same files again changes no table; the audit log records every load
    audit_once, audit_twice = after_once.pop("audit_log"), after_twice.pop("audit_log")
    assert {t: len(rows) for t, rows in after_twice.items()} == {
        t: len(rows) for t, rows in after_once.items()
    }
    assert len(audit_twice) == 2 * len(audit_once) == 2 * len(example_files())
    result = runner.invoke(cli, ["check", "--db", str(path)])
    assert result.exit_code == 0, result.output


def test_docs_have_every_data_set_with_its_current_column_table() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name, spec in DATASETS.items():
        assert f"## `{name}`" in text, f"docs/datasets.md: no section for {name}"
        table = columns_markdown(spec)
        assert table in text, (
            f"docs/datasets.md: the column table of {name} is out of date; it should be:\n{table}"
        )
        assert f"**Key:** {', '.join(f'`{k}`' for k in spec.key)}" in text, name
        assert f"`data/examples/{name}.csv`" in text, name
