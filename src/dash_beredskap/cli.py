"""The `beredskap` command: the only writer of the database file."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import click
import duckdb

from dash_beredskap import db, demo

DB_OPTION = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Database file (default: $BEREDSKAP_DB or data/beredskap.duckdb).",
)


@click.group()
def cli() -> None:
    """Beredskapsläget: build, load and check the dashboard's DuckDB file."""


@cli.command("build-demo")
@DB_OPTION
@click.option("--seed", default=demo.DEFAULT_SEED, show_default=True, help="Random seed.")
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=demo.DEFAULT_AS_OF.isoformat(),
    show_default=True,
    help="The demo's 'today': last stock snapshot and open deadlines are relative to it.",
)
def build_demo(db_path: Path | None, seed: int, as_of: datetime) -> None:
    """Build the demo database: real public facts plus seeded synthetic data."""
    path = db_path or db.default_db_path()
    as_of_date: date = as_of.date()

    def build(con: duckdb.DuckDBPyConnection) -> None:
        db.create_schema(con, datetime.combine(as_of_date, datetime.min.time()))
        demo.build_demo(con, seed=seed, as_of=as_of_date)
        db.refresh_derived(con)

    db.publish_new(path, build)
    click.echo(f"Built demo database {path} (seed {seed}, as of {as_of_date}).")


def main() -> None:  # pragma: no cover - console entry for `python -m`
    sys.exit(cli())
