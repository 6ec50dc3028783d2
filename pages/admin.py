"""Administration: the users and their roles, and the audit log (only the admin role opens it)."""

import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import access, data, nav, tables
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import Column

nav.require_router()  # first: a page never runs without app.py

# 1. state: none (the page is read-only; changes go through `beredskap users`)
st.title(t("admin.title"))

# 2. data
users = data.run(queries.meta.users)
log = data.run(queries.meta.audit_log, 1000)
pending = access.pending_events()

# 3. render
st.subheader(t("admin.users"))
st.caption(t("admin.users_help"))
tables.show_table(
    users,
    [
        Column("email", "admin.col.email"),
        Column("role", "admin.col.role"),
        Column("added_at", "admin.col.added_at", "date"),
        Column("added_by", "admin.col.added_by"),
    ],
)
st.subheader(t("admin.audit"))
st.caption(t("admin.audit_help"))
if pending:
    st.info(t("admin.pending", n=pending), icon=":material/pending:")
tables.show_table(
    log,
    [
        Column("event_at", "admin.col.event_at", "text"),
        Column("actor", "admin.col.actor"),
        Column("role", "admin.col.role"),
        Column("action", "admin.col.action"),
        Column("target", "admin.col.target"),
        Column("detail", "admin.col.detail"),
    ],
)
