"""The `beredskap` command: the only writer of the database file."""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import click
import duckdb

from dash_beredskap import access, audit, db, demo, parquet_store, queries, users
from dash_beredskap import scale as scaling
from dash_beredskap.ingest.check import check_database
from dash_beredskap.ingest.errors import IngestError, format_errors, write_errors_csv
from dash_beredskap.ingest.loader import load_file
from dash_beredskap.ingest.specs import DATASETS

EXIT_PROBLEMS = 1  # check found problems, the database is missing or of another version, or
# the load failed for a reason outside the file (disk full, no permission, another writer)
EXIT_REFUSED = 2  # load: the file is invalid; nothing was written

DB_OPTION = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Database file (default: $BEREDSKAP_DB or data/beredskap.duckdb).",
)


def describe_failure(e: BaseException) -> str:
    """One line for a failure no command handles itself: what happened and what to do."""
    if isinstance(e, (db.WriterBusyError, db.NotADatabaseError, db.SchemaMismatchError)):
        return f"Error: {e}"  # these say what to do themselves
    if isinstance(e, PermissionError):
        where = e.filename or "the database's folder"
        return (
            f"Error: no permission to write {where} ({e.strerror}); nothing was written. "
            "Run as a user who may write to the database's folder, or choose another --db."
        )
    if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
        where = f" ({e.filename})" if e.filename else ""
        return (
            f"Error: the disk is full{where}; nothing was written. A load needs free space "
            "for a whole copy of the database beside it: free some and try again."
        )
    if isinstance(e, OSError):
        return f"Error: {e}; nothing was written. Check the path and the disk, then try again."
    return (
        f"Error: {type(e).__name__}: {e}. Nothing was written. "
        "Run again with `beredskap --debug ...` to see where it happened."
    )


class _OneLineErrors(click.Group):
    """Every failure ends in one line and a non-zero exit; a traceback only with --debug."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as e:
            if ctx.meta.get("beredskap.debug"):
                raise
            click.echo(describe_failure(e), err=True)
            sys.exit(EXIT_PROBLEMS)


@click.group(cls=_OneLineErrors)
@click.option("--debug", is_flag=True, help="Show the traceback of an unexpected failure.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Beredskapsläget: build, load and check the dashboard's DuckDB file."""
    ctx.meta["beredskap.debug"] = debug


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
@click.option(
    "--scale",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="For benchmarks: N times the demo's items, sites, stock reports and shortages.",
)
def build_demo(db_path: Path | None, seed: int, as_of: datetime, scale: int) -> None:
    """Build the demo database: real public facts plus seeded synthetic data."""
    path = db_path or db.default_db_path()
    as_of_date: date = as_of.date()

    def build(con: duckdb.DuckDBPyConnection) -> None:
        db.create_schema(con, datetime.combine(as_of_date, datetime.min.time()))
        demo.build_demo(con, seed=seed, as_of=as_of_date)
        scaling.scale_up(con, scale, seed=seed, as_of=as_of_date)
        db.refresh_derived(con)

    db.publish_new(path, build)
    scaled = f", scale {scale}" if scale > 1 else ""
    click.echo(f"Built demo database {path} (seed {seed}, as of {as_of_date}{scaled}).")


LOAD_HELP = f"""Load FILE (CSV or XLSX) as DATASET: all rows or none.

DATASET is one of: {", ".join(DATASETS)}. Columns and rules: docs/datasets.md.

Every error is listed with file, row and column; exit code 2 if the file is refused (nothing is
written), 1 if the database is missing or of another schema version.
"""


@cli.command("load", help=LOAD_HELP)
@click.argument("dataset", type=click.Choice(list(DATASETS)), metavar="DATASET")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DB_OPTION
@click.option("--dry-run", is_flag=True, help="Validate and apply to a copy, then discard it.")
@click.option(
    "--errors-csv",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write every error to this CSV (for sorting in Excel).",
)
def load(
    dataset: str, file: Path, db_path: Path | None, dry_run: bool, errors_csv: Path | None
) -> None:
    """The help text is LOAD_HELP, built from the specs so it names every data set."""
    path = db_path or db.default_db_path()
    try:
        result = load_file(path, dataset, file, dry_run=dry_run)
    except IngestError as e:
        click.echo(
            f"Refused {file.name} as {dataset}: {len(e.errors)} error(s). "
            f"Nothing was written to {path}.",
            err=True,
        )
        for line in format_errors(e.errors):
            click.echo(f"  {line}", err=True)
        if errors_csv is not None:
            write_errors_csv(e.errors, errors_csv)
            click.echo(f"All errors written to {errors_csv}.", err=True)
        sys.exit(EXIT_REFUSED)
    except (
        FileNotFoundError,
        db.SchemaMismatchError,
        db.NotADatabaseError,
        db.WriterBusyError,
    ) as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(EXIT_PROBLEMS)
    except duckdb.Error as e:  # validation should have caught it; say so, nothing was written
        click.echo(f"Error: the database refused {file.name} (nothing was written): {e}", err=True)
        sys.exit(EXIT_PROBLEMS)
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    verb = "Checked (dry run, nothing written)" if dry_run else "Loaded"
    click.echo(
        f"{verb} {file.name} as {dataset} into {path}: {result.n_rows} row(s), "
        f"{result.n_new} new, {result.n_replaced} replaced"
        + ("" if dry_run else f"; data_sources load_id {result.load_id}.")
    )


@cli.command("check")
@DB_OPTION
def check(db_path: Path | None) -> None:
    """Check a database and summarise it. Exit code 1 if there are problems."""
    path = db_path or db.default_db_path()
    try:
        report = check_database(path)
    except (FileNotFoundError, db.SchemaMismatchError, db.NotADatabaseError) as e:
        click.echo(f"Problem: {e}", err=True)
        sys.exit(EXIT_PROBLEMS)
    click.echo(f"Database: {report.path}")
    click.echo(f"Schema version: {report.schema_version} (this program: {db.SCHEMA_VERSION})")
    click.echo(f"Latest stock snapshot: {report.latest_snapshot or 'none'}")
    click.echo("Rows per table:")
    width = max((len(t) for t, _ in report.row_counts), default=0)
    for table, n in report.row_counts:
        click.echo(f"  {table:<{width}}  {n:>12,}".replace(",", " "))
    click.echo("Data sources (load_id, data set, real/synthetic, rows, loaded at, file):")
    for load_id, dataset, kind, n, loaded_at, file_name in report.sources:
        when = f"{loaded_at:%Y-%m-%d %H:%M}"
        click.echo(f"  {load_id:>3}  {dataset:<20} {kind:<9} {n:>10}  {when}  {file_name}")
    for note in report.notes:
        click.echo(f"Note: {note}")
    if report.problems:
        click.echo(f"Problems ({len(report.problems)}):")
        for problem in report.problems:
            click.echo(f"  - {problem}")
        sys.exit(EXIT_PROBLEMS)
    click.echo("Problems: none")


@cli.command("export-parquet")
@DB_OPTION
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def export_parquet(db_path: Path | None, folder: Path) -> None:
    """Write every stored table as FOLDER/<table>.parquet (the app reads such a folder too)."""
    path = db_path or db.default_db_path()
    written = parquet_store.export(path, folder)
    click.echo(
        f"Wrote {len(written)} tables to {folder}; the app reads it with BEREDSKAP_DB={folder}."
    )


# ------------------------------------------------------------------ users and audit (issue 15)

BY_OPTION = click.option(
    "--by", default=None, help="Who makes the change, for the audit log (default: the OS user)."
)


def _user_change(action: Callable[[], str]) -> str:
    """Run a user change; a refused one ends in one line, exit 2, nothing written."""
    try:
        return action()
    except (access.UnknownRole, users.UserError, ValueError) as e:
        click.echo(f"Refused: {e}. Nothing was written.", err=True)
        sys.exit(EXIT_REFUSED)
    except (FileNotFoundError, db.SchemaMismatchError, db.NotADatabaseError) as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(EXIT_PROBLEMS)


@cli.group("users")
def users_group() -> None:
    """Who may sign in and with which role (public, official, analyst, admin)."""


@users_group.command("add")
@click.argument("email")
@click.argument("role")
@DB_OPTION
@BY_OPTION
def users_add(email: str, role: str, db_path: Path | None, by: str | None) -> None:
    """Add EMAIL with ROLE."""
    path = db_path or db.default_db_path()
    stored = _user_change(lambda: users.add(path, email, role, by or audit.os_user()))
    click.echo(f"Added {stored} as {role}.")


@users_group.command("set-role")
@click.argument("email")
@click.argument("role")
@DB_OPTION
@BY_OPTION
def users_set_role(email: str, role: str, db_path: Path | None, by: str | None) -> None:
    """Give the user EMAIL the role ROLE."""
    path = db_path or db.default_db_path()
    old = _user_change(lambda: users.set_role(path, email, role, by or audit.os_user()))
    click.echo(f"{access.normalise_email(email)}: {old} -> {role}.")


@users_group.command("remove")
@click.argument("email")
@DB_OPTION
@BY_OPTION
def users_remove(email: str, db_path: Path | None, by: str | None) -> None:
    """Remove the user EMAIL."""
    path = db_path or db.default_db_path()
    old = _user_change(lambda: users.remove(path, email, by or audit.os_user()))
    click.echo(f"Removed {access.normalise_email(email)} (was {old}).")


@users_group.command("list")
@DB_OPTION
def users_list(db_path: Path | None) -> None:
    """Every user: e-mail, role, when and by whom added."""
    rows = _user_change(lambda: users.listing(db_path or db.default_db_path()))
    for email, role, added_at, added_by in rows:
        click.echo(f"{email:<40} {role:<9} {added_at:%Y-%m-%d %H:%M}  {added_by}")
    click.echo(f"{len(rows)} user(s).")


@cli.command("audit")
@DB_OPTION
@click.option("--last", default=50, show_default=True, help="How many events to print.")
def audit_command(db_path: Path | None, last: int) -> None:
    """Fold the app's events (<db>.audit.jsonl) into audit_log, then print the newest."""
    path = db_path or db.default_db_path()
    result = _user_change(lambda: audit.fold(path))
    click.echo(
        f"Folded {result.n_new} new event(s) of {result.n_read} from "
        f"{audit.log_path_of(path).name} into audit_log."
    )
    if result.n_bad:
        click.echo(f"Warning: {result.n_bad} line(s) were not events; kept aside.", err=True)
    with db.connect_read_only(path) as con:
        log = queries.meta.audit_log(con, last)
    for row in log.itertuples(index=False):
        click.echo(
            f"{row.event_at:%Y-%m-%d %H:%M:%S}  {row.actor:<30} {row.role or '-':<9} "
            f"{row.action:<12} {row.target or '-'}  {row.detail}"
        )


def main() -> None:  # pragma: no cover - console entry for `python -m`
    sys.exit(cli())
