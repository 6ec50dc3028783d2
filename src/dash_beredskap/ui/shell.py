"""What every page shares: the sidebar footer and the message when the database cannot be read."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from dash_beredskap import db, queries
from dash_beredskap.ui import badges, data, fmt
from dash_beredskap.ui.i18n import t

# Every text fits (issue 14): labels of buttons, links, metrics and segmented options wrap onto
# a second line instead of ending in an ellipsis, metric figures shrink with the window (four
# columns of 'MSEK 1,894.0' at 1280 px), a database name in a caption stays whole, and a row of
# download buttons takes the width its labels need rather than a fixed share of the page.
FIT_CSS = """
<style>
[data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"],
[data-testid="stMetricLabel"] p, [data-testid="stMetricLabel"] > div,
[data-testid="stPageLink"] a > span, [data-testid="stPageLink"] p,
button [data-testid="stMarkdownContainer"], button p, button > div, button > div > span {
    white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
[data-testid="stPageLink"] a, button { height: auto !important; min-height: 2.5rem; }
[data-testid="stButtonGroup"] [role="radiogroup"] { flex-wrap: wrap; overflow: visible; }
[data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] [data-testid="stDownloadButton"])
    > [data-testid="stColumn"] { flex: 0 1 auto !important; width: auto !important; }
[data-testid="stCaptionContainer"] code {
    white-space: nowrap; overflow-wrap: normal; word-break: normal; font-size: 0.75em; }
[data-testid="stMetricValue"] { font-size: clamp(1.6rem, 2.1vw, 2.25rem); }
</style>
"""


def apply_style() -> None:
    """The shared CSS that lets every label wrap rather than be cut (see FIT_CSS)."""
    st.html(FIT_CSS)


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
