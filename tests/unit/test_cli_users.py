"""`beredskap users add|set-role|remove|list`: a round trip through the writer, each change with
its audit_log row, and refusals that leave the file byte for byte as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
from click.testing import CliRunner

from dash_beredskap.cli import EXIT_REFUSED, cli


def run(db_path: Path, *args: str):
    return CliRunner().invoke(cli, ["users", *args, "--db", str(db_path)])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_add_set_role_remove_list_round_trip(small_db: Path) -> None:
    assert run(small_db, "add", "  Anna.Berg@Region.SE ", "analyst", "--by", "lead").exit_code == 0
    assert rows(small_db, "select email, role, added_by from users") == [
        ("anna.berg@region.se", "analyst", "lead")
    ]
    changed = run(small_db, "set-role", "ANNA.BERG@region.se", "admin", "--by", "lead")
    assert changed.exit_code == 0 and "analyst -> admin" in changed.output
    assert run(small_db, "add", "b@region.se", "public").exit_code == 0
    listed = run(small_db, "list")
    assert listed.exit_code == 0
    lines = listed.output.splitlines()
    assert lines[0].split()[:2] == ["anna.berg@region.se", "admin"]
    assert lines[1].split()[:2] == ["b@region.se", "public"] and lines[2] == "2 user(s)."
    assert run(small_db, "remove", "anna.berg@region.se").exit_code == 0
    assert rows(small_db, "select email from users") == [("b@region.se",)]
    events = rows(small_db, "select action, target, detail from audit_log order by event_at")
    assert sorted((a, t) for a, t, _ in events) == [  # event_at may tie within a second
        ("role_change", "anna.berg@region.se"),
        ("user_add", "anna.berg@region.se"),
        ("user_add", "b@region.se"),
        ("user_remove", "anna.berg@region.se"),
    ]
    role_change = next(d for a, _, d in events if a == "role_change")
    assert '"old_role": "analyst"' in role_change and '"role": "admin"' in role_change


def test_unknown_role_is_refused_and_the_file_is_unchanged(small_db: Path) -> None:
    assert run(small_db, "add", "a@region.se", "official").exit_code == 0
    before = digest(small_db)
    for args in (
        ("add", "b@region.se", "superuser"),
        ("set-role", "a@region.se", "root"),
        ("add", "not-an-address", "official"),
        ("add", "a@region.se", "analyst"),  # already a user
        ("remove", "nobody@region.se"),
    ):
        result = run(small_db, *args)
        assert result.exit_code == EXIT_REFUSED, (args, result.output)
        assert "Nothing was written" in result.output
        assert digest(small_db) == before, args
    assert (
        "choose one of public, official, analyst, admin"
        in run(small_db, "add", "b@region.se", "superuser").output
    )
