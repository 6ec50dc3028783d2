"""The audit log: who exported what and when, every role change and every load.

Two ways in, one table out. The writer (`beredskap users`, every load) inserts its event into
`audit_log` in the same transaction as the change, so a change and its record commit together.
The app reads the database read-only, so it appends its events (exports) as JSON lines to
`<db>.audit.jsonl` beside the file: one `os.write` per event on an O_APPEND descriptor, then
fsync, so concurrent sessions never interleave lines and an event survives when the database
cannot be written. `fold` moves those lines into `audit_log` through the writer: under the
writer lock the live file is renamed aside (new events start a new file), its events are
inserted (`insert or ignore` by event_id: folding twice adds nothing) and, once published, the
renamed file is removed.
"""

from __future__ import annotations

import getpass
import glob
import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from dash_beredskap import db

COLUMNS = ("event_id", "event_at", "actor", "role", "action", "target", "detail")


def log_path_of(path: Path | str) -> Path:
    """The app's append-only event file of a database: `<db>.audit.jsonl` beside it."""
    path = Path(path)
    return path.with_name(path.name + ".audit.jsonl")


def os_user() -> str:
    """Who runs the command, for events of the command line."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return f"uid {os.getuid()}"


def event(
    action: str,
    actor: str,
    role: str | None = None,
    target: str | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """One event with a fresh id, in the shape of an audit_log row (detail as JSON text)."""
    return {
        "event_id": uuid.uuid4().hex,
        "event_at": (at or datetime.now()).isoformat(timespec="seconds"),
        "actor": actor,
        "role": role,
        "action": action,
        "target": target,
        "detail": json.dumps(detail or {}, ensure_ascii=False, sort_keys=True),
    }


def append(path: Path | str, ev: dict[str, Any]) -> None:
    """Append `ev` to the database's event file: one line, one write, flushed to disk."""
    line = (json.dumps(ev, ensure_ascii=False) + "\n").encode("utf-8")
    fd = os.open(log_path_of(path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def record(con: duckdb.DuckDBPyConnection, ev: dict[str, Any]) -> None:
    """Insert `ev` into audit_log on the writer's connection (inside its transaction)."""
    con.execute(
        f"insert or ignore into audit_log ({', '.join(COLUMNS)}) values (?, ?, ?, ?, ?, ?, ?)",
        [ev[c] for c in COLUMNS],
    )


@dataclass
class FoldResult:
    n_read: int = 0  # events in the file(s)
    n_new: int = 0  # of those, not yet in audit_log
    n_bad: int = 0  # lines that are not an event (a torn last line), skipped and kept aside


def read_events(file: Path) -> tuple[list[dict[str, Any]], int]:
    """The events of one JSON-lines file, and how many lines were not events."""
    events, bad = [], 0
    for line in file.read_bytes().splitlines():
        if not line.strip():
            continue
        try:
            ev = json.loads(line)
        except ValueError:
            ev = None
        if not isinstance(ev, dict) or not ev.get("event_id") or not ev.get("action"):
            bad += 1  # a torn line (a crash mid-write): reported, its file kept
            continue
        events.append({c: ev.get(c) for c in COLUMNS})
    return events, bad


def _aside(path: Path) -> list[Path]:
    """The event files renamed aside for folding (this fold's and any an earlier one kept)."""
    log = log_path_of(path)
    return sorted(Path(f) for f in glob.glob(glob.escape(str(log)) + ".folding.*"))


def fold(path: Path | str) -> FoldResult:
    """Move the app's events into audit_log through the writer; safe to run any number of
    times (an event already folded is not added again)."""
    path = Path(path)
    result = FoldResult()
    folded: dict[Path, tuple[int, int]] = {}  # file -> (size read, lines not events)

    def change(con: duckdb.DuckDBPyConnection) -> None:
        log = log_path_of(path)  # under the writer lock: no other fold renames it now
        if log.exists():
            os.replace(log, log.with_name(f"{log.name}.folding.{uuid.uuid4().hex}"))
        for file in _aside(path):
            size = file.stat().st_size  # before reading: a line added later keeps the file
            events, bad = read_events(file)
            folded[file] = (size, bad)
            result.n_read += len(events)
            result.n_bad += bad
            before = con.execute("select count(*) from audit_log").fetchall()[0][0]
            for ev in events:
                record(con, ev)
            result.n_new += con.execute("select count(*) from audit_log").fetchall()[0][0] - before

    db.publish_change(path, change)
    for file, (size, bad) in folded.items():
        # a session that opened the file before the rename may still have added a line:
        # then keep it for the next fold (which skips what is already in)
        if file.stat().st_size == size and not bad:
            file.unlink(missing_ok=True)
    return result


def pending(path: Path | str) -> int:
    """Events the app wrote that are not folded in yet (for the admin page's note)."""
    log = log_path_of(path)
    files = ([log] if log.exists() else []) + _aside(Path(path))
    return sum(len(read_events(f)[0]) for f in files)


def load_event(dataset: str, file_name: str, n_rows: int, at: datetime) -> dict[str, Any]:
    """The event of one load (recorded by the loader in the load's own transaction)."""
    return event(
        "load", os_user(), target=dataset, detail={"file": file_name, "rows": n_rows}, at=at
    )
