"""The file itself and its reference shapes: schema version, data sources, public views."""

from __future__ import annotations

import pandas as pd

from dash_beredskap.queries.binder import Connection, fetch


def schema_info(con: Connection) -> pd.DataFrame:
    """Table schema_version: one row, the newest schema_version stamped and created_at."""
    return fetch(con, "meta/schema_info")


def data_sources(con: Connection) -> pd.DataFrame:
    """Table data_sources: one row per data set and load, by dataset, newest load first.
    provenance: 'real' (published figures), 'computed' (derived from real figures by a rule of
    ours; `source` names the rule and its key) or 'synthetic' (generated demo data).
    n_rows: rows loaded; loaded_at: a timestamp."""
    return fetch(con, "meta/data_sources")


def public_views(con: Connection) -> pd.DataFrame:
    """The public views (v_*) present in the file, one view_name per row by name: the analyst's
    contract."""
    return fetch(con, "meta/public_views")


def view_rows(con: Connection, view: str) -> pd.DataFrame:
    """Every row of the public view `view` (an analyst's export); ValueError for a name that
    is not one of public_views, so no other table can be read this way."""
    if view not in set(public_views(con)["view_name"]):
        raise ValueError(f"not a public view: {view!r}")
    return fetch(con, "meta/view_rows", view=view)


def shapes(con: Connection, layer: str = "countries") -> pd.DataFrame:
    """Table shapes: one GeoJSON geometry (RFC 7946, WGS84) per code of `layer`, by code.

    layer 'countries': code = ISO alpha-2; 'regions': code = county code.
    """
    return fetch(con, "meta/shapes", layer=layer)


def users(con: Connection) -> pd.DataFrame:
    """Table users: email (normalised), role, added_at, added_by; by email. Admin only."""
    return fetch(con, "meta/users")


def audit_log(con: Connection, n_max: int = 1000) -> pd.DataFrame:
    """Table audit_log: event_at, actor, role, action, target, detail (JSON), event_id; the newest
    `n_max` events, newest first. Admin only."""
    return fetch(con, "meta/audit_log", n_max=n_max)


def user_role(con: Connection, email: str) -> pd.DataFrame:
    """Table users: one row (role) for a known `email` (already normalised), none otherwise.
    Read by the access layer itself to find a signed-in user's role."""
    return fetch(con, "meta/user_role", email=email)
