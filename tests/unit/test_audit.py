"""The audit log: an export (the app's hook) and a load each leave an event; folding the app's
event file twice gives no duplicates, and a torn line is reported, not lost."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from click.testing import CliRunner
from conftest import SNAPSHOT

from dash_beredskap import audit
from dash_beredskap.cli import cli
from dash_beredskap.ingest.loader import load_file


def log_rows(path: Path) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(
            "select event_id, actor, role, action, target from audit_log order by event_at"
        ).fetchall()


def test_a_load_leaves_an_event_in_its_own_transaction(small_db: Path, tmp_path: Path) -> None:
    file = tmp_path / "stock.csv"
    file.write_text(
        "snapshot_date,region_code,substance_id,quantity,daily_consumption\n"
        f"{SNAPSHOT},06,N01AX10,500,10\n",
        encoding="utf-8",
    )
    load_file(small_db, "stock", file)
    events = log_rows(small_db)
    assert [(e[3], e[4]) for e in events] == [("load", "stock")]


def test_an_export_event_is_folded_once(small_db: Path) -> None:
    ev = audit.event("export", "anna@region.se", "official", target="coverage", detail={"n": 3})
    audit.append(small_db, ev)
    audit.append(small_db, audit.event("export", "local", "public", target="grants"))
    log = audit.log_path_of(small_db)
    assert len(log.read_text("utf-8").splitlines()) == 2
    assert audit.pending(small_db) == 2

    first = audit.fold(small_db)
    assert (first.n_read, first.n_new) == (2, 2)
    assert audit.pending(small_db) == 0 and not log.exists()
    # the same event again (a fold that died after publishing, before removing its file)
    audit.append(small_db, ev)
    second = audit.fold(small_db)
    assert (second.n_read, second.n_new) == (1, 0)
    events = log_rows(small_db)
    assert sorted((e[1], e[3], e[4]) for e in events) == [
        ("anna@region.se", "export", "coverage"),
        ("local", "export", "grants"),
    ]
    assert [e[0] for e in events].count(ev["event_id"]) == 1


def test_a_torn_line_is_reported_and_its_file_kept(small_db: Path) -> None:
    audit.append(small_db, audit.event("export", "local", "official", target="x"))
    with open(audit.log_path_of(small_db), "ab") as f:
        f.write(b'{"event_id": "abc", "act')  # a crash mid-write
    result = CliRunner().invoke(cli, ["audit", "--db", str(small_db)])
    assert result.exit_code == 0, result.output
    assert "1 new event(s) of 1" in result.output and "1 line(s) were not events" in result.output
    kept = list(small_db.parent.glob(small_db.name + ".audit.jsonl.folding.*"))
    assert len(kept) == 1 and b'"act' in kept[0].read_bytes()
    assert [json.loads(x)["target"] for x in kept[0].read_text().splitlines()[:1]] == ["x"]
