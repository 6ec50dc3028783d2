"""What every page shares: the sidebar footer and the message when the database cannot be read."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from dash_beredskap import db, queries
from dash_beredskap.ui import badges, data, fmt
from dash_beredskap.ui.i18n import t


def check_database() -> Exception | None:
    """None if the database opens and has this app's schema, else the error to explain."""
    try:
        data.connection()
    except (FileNotFoundError, db.SchemaMismatchError) as exc:
        return exc
    return None


def database_error(exc: Exception) -> None:
    """A translated explanation with the command that fixes it (instead of a traceback)."""
    path = data.database_path()
    if isinstance(exc, FileNotFoundError):
        st.error(t("error.db_missing.title"), icon=":material/database_off:")
        st.markdown(t("error.db_missing.body", path=str(path)))
    else:
        st.error(t("error.db_schema.title"), icon=":material/sync_problem:")
        st.markdown(t("error.db_schema.body", path=str(path), version=db.SCHEMA_VERSION))
    st.code(f"beredskap build-demo --db {path}", language="bash")
    st.caption(t("error.detail", detail=fmt.plain(exc)))


def sidebar_footer() -> None:
    """The database file's date and schema version, and a note when demo data is loaded."""
    path = data.database_path()
    info = data.run(queries.meta.schema_info)
    modified = datetime.fromtimestamp(path.stat().st_mtime)
    with st.sidebar:
        st.divider()
        if badges.any_synthetic():
            st.badge(
                t("badge.demo"), icon=":material/science:", color="orange", help=t("badge.help")
            )
            st.caption(t("sidebar.demo_note"))
        version = int(info["schema_version"].iloc[0]) if len(info) else None
        st.caption(
            t(
                "sidebar.db_info",
                file=path.name,
                date=fmt.timestamp(modified),
                version=version if version is not None else fmt.MISSING,
            )
        )
