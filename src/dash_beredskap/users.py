"""Users as data: who may sign in and with which role, changed only through the writer.

Every change runs in db.publish_change (a copy changed in one transaction, swapped in under the
`<db>.lock`) and records its audit_log event in the same transaction, so a change is never
without its record. A refused change (unknown role, malformed e-mail, unknown user) raises
before the database is copied: the file stays byte for byte as it was.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from dash_beredskap import access, audit, db


class UserError(ValueError):
    """A user change that cannot be made (the message says why)."""


def _role_of(con: duckdb.DuckDBPyConnection, email: str) -> str | None:
    rows = con.execute("select role from users where email = ?", [email]).fetchall()
    return rows[0][0] if rows else None


def add(path: Path | str, email: str, role: str, by: str, now: datetime | None = None) -> str:
    """Add a user with `role`; returns the stored (normalised) e-mail."""
    email, role = access.normalise_email(email), access.validate_role(role)
    at = now or datetime.now()

    def change(con: duckdb.DuckDBPyConnection) -> None:
        if _role_of(con, email) is not None:
            raise UserError(f"{email} is already a user; change the role with `users set-role`")
        con.execute("insert into users values (?, ?, ?, ?)", [email, role, at, by])
        audit.record(con, audit.event("user_add", by, target=email, detail={"role": role}, at=at))

    db.publish_change(path, change)
    return email


def set_role(path: Path | str, email: str, role: str, by: str, now: datetime | None = None) -> str:
    """Give an existing user `role`; returns the role it had."""
    email, role = access.normalise_email(email), access.validate_role(role)
    at = now or datetime.now()
    old: list[str] = []

    def change(con: duckdb.DuckDBPyConnection) -> None:
        before = _role_of(con, email)
        if before is None:
            raise UserError(f"{email} is not a user; add it with `users add`")
        old.append(before)
        con.execute(
            "update users set role = ?, added_at = ?, added_by = ? where email = ?",
            [role, at, by, email],
        )
        detail = {"old_role": before, "role": role}
        audit.record(con, audit.event("role_change", by, target=email, detail=detail, at=at))

    db.publish_change(path, change)
    return old[0]


def remove(path: Path | str, email: str, by: str, now: datetime | None = None) -> str:
    """Remove a user; returns the role it had."""
    email = access.normalise_email(email)
    at = now or datetime.now()
    old: list[str] = []

    def change(con: duckdb.DuckDBPyConnection) -> None:
        before = _role_of(con, email)
        if before is None:
            raise UserError(f"{email} is not a user")
        old.append(before)
        con.execute("delete from users where email = ?", [email])
        detail = {"old_role": before}
        audit.record(con, audit.event("user_remove", by, target=email, detail=detail, at=at))

    db.publish_change(path, change)
    return old[0]


def listing(path: Path | str) -> list[tuple[str, str, datetime, str]]:
    """(email, role, added_at, added_by) of every user, by e-mail."""
    with db.connect_read_only(path) as con:
        return con.execute(
            "select email, role, added_at, added_by from users order by email"
        ).fetchall()
