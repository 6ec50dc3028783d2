"""Om data: every data set (real, computed, synthetic), schema version, public views, caveats."""

import pandas as pd
import streamlit as st

from dash_beredskap import queries
from dash_beredskap.ui import access, data, fmt, nav, state
from dash_beredskap.ui.i18n import t, t_or
from dash_beredskap.ui.tables import Column, download_buttons, show_table
from dash_beredskap.ui.texts.about import source_and_licence

nav.require_router()  # first: a page never runs without app.py

SOURCE_COLUMNS = [
    Column("kind_label", "col.data_kind"),
    Column("dataset", "col.dataset"),
    Column("title", "col.title"),
    Column("n_rows", "col.n_rows", "int", width=90),
    Column("loaded_at", "col.loaded_at", "date"),
    Column("source", "col.source"),
    Column("licence", "col.licence"),
]
VIEW_COLUMNS = [Column("view_name", "col.view"), Column("purpose", "col.purpose")]

# 1. state: none

# 2. data
sources = data.run(queries.meta.data_sources).assign(
    kind_label=lambda df: df["provenance"].map(lambda p: t(f"about.kind.{p}")),
    title=lambda df: [
        t_or(f"about.dataset.{d}.{p}", title)
        for d, p, title in zip(df["dataset"], df["provenance"], df["title"], strict=True)
    ],
)
texts = [
    source_and_licence(d, p, pd.isna(f), s, lic, state.language())
    for d, p, f, s, lic in zip(
        sources["dataset"],
        sources["provenance"],
        sources["file_name"],
        sources["source"],
        sources["licence"],
        strict=True,
    )
]
sources["source"] = [s for s, _ in texts]
sources["licence"] = [lic for _, lic in texts]
schema = data.run(queries.meta.schema_info)
views = data.run(queries.meta.public_views).assign(
    purpose=lambda df: df["view_name"].map(data.view_purpose)
)

# 3. render
st.title(t("about.title"))
st.markdown(t("about.intro"))

st.subheader(t("about.sources.title"))
st.markdown(t("about.sources.sentence"))
show_table(sources, SOURCE_COLUMNS, height="all", tint=sources["is_synthetic"])
download_buttons(sources, SOURCE_COLUMNS, "datakallor", key="about_sources")

st.subheader(t("about.schema.title"))
st.markdown(
    t(
        "about.schema.sentence",
        version=int(schema["schema_version"].iloc[0]) if len(schema) else fmt.MISSING,
        created=fmt.day(schema["created_at"].iloc[0]) if len(schema) else fmt.MISSING,
        file=data.database_path().name,
    )
)

st.subheader(t("about.views.title"))
st.markdown(t("about.views.sentence"))
st.table({t("col.view"): views["view_name"], t("col.purpose"): views["purpose"]})
download_buttons(views, VIEW_COLUMNS, "publika_vyer", key="about_views")
st.code(
    f'duckdb -readonly {data.database_path().name} "select * from v_national_coverage_summary"',
    language="bash",
)

# a whole public view as a file: only for the roles that may export views (analysts)
if access.may_export("views") and len(views):
    st.subheader(t("about.views_export.title"))
    st.markdown(t("about.views_export.sentence"))
    view = state.select_param(
        t("about.views_export.label"), "view", list(views["view_name"]), views["view_name"][0]
    )
    rows = data.run(queries.meta.view_rows, view)
    download_buttons(
        rows, [Column(c, c) for c in rows.columns], view, key="about_view", kind="views"
    )


st.subheader(t("about.caveats.title"))
st.markdown(t("about.caveats.body"))
