"""The sections of the supply pages: each takes the frames its page fetched and draws one
heading, its figure or table, the method text and the demo badge. A section's own widget (the
choropleth's measure) is drawn in place, where the reader looks for it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dash_beredskap.queries.supply import GAP_STEPS, SupplySelection
from dash_beredskap.ui import badges, charts, fmt, map_png, maps, nav, state
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.supply import charts as supply_charts
from dash_beredskap.ui.supply import columns
from dash_beredskap.ui.supply import frames as supply_frames
from dash_beredskap.ui.tables import download_buttons, show_table

VIEWS = ("world", "nordic")
SIZES = ("capacity", "priority")
MEASURES = ("sites", "api_share")


# ------------------------------------------------------------------ Tillverkning


def manufacturing_intro(headline: pd.Series) -> None:
    """The title and the sentence of single_country_api_summary."""
    st.title(t("manufacturing.title"))
    st.markdown(
        t(
            "manufacturing.intro",
            n_single=fmt.integer(headline["n_single_country"]),
            n_known=fmt.integer(headline["n_with_api_sites"]),
            n_priority=fmt.integer(headline["n_priority"]),
        )
    )


def map_controls() -> tuple[str, str]:
    """The view (world | nordic) and the dot size (capacity | priority), both in the URL."""
    view_column, size_column = st.columns(2)
    view = state.segmented_param(
        t("supply.view.label"),
        "view",
        VIEWS,
        "world",
        format_func=lambda v: t(f"supply.view.{v}"),
        container=view_column,
        help=t("supply.view.help"),
    )
    size_by = state.segmented_param(
        t("supply.size.label"),
        "size",
        SIZES,
        "capacity",
        format_func=lambda v: t(f"supply.size.{v}"),
        container=size_column,
        help=t("supply.size.help"),
    )
    return view, size_by


def site_map(
    summary: pd.Series,
    sites: pd.DataFrame,
    selection: SupplySelection,
    view: str,
    size_by: str,
    lang: str,
) -> None:
    """The world or Nordic site map of the selection (points, or grid cells when the selection
    is larger than maps.POINT_LIMIT), its sentence, legend and the link to one substance."""
    aggregated = maps.is_aggregated(int(summary["n_sites"]))
    st.subheader(t(f"supply.map.title.{view}"))
    st.markdown(
        t(
            "supply.map.sentence",
            n_sites=fmt.integer(summary["n_sites"]),
            n_countries=fmt.integer(summary["n_countries"]),
            n_companies=fmt.integer(summary["n_companies"]),
            n_substances=fmt.integer(summary["n_substances"]),
        )
    )
    if aggregated:
        st.warning(maps.scaled_note(int(summary["n_sites"]), len(sites), maps.cell_size(view)))
    elif not len(sites):
        st.info(t("supply.map.empty"))
    deck = maps.site_deck(sites, aggregated=aggregated, size_by=size_by, view=view, lang=lang)
    maps.show_deck(deck, key=f"site_map_{view}")
    counts = {k: int(summary[f"n_{k}_sites"]) for k in maps.SITE_TYPES}
    maps.legend(
        counts,
        size_note=t("supply.map.size_cells" if aggregated else f"supply.map.size_{size_by}"),
    )
    map_png.download_button(
        sites,
        view=view,
        title=t(f"supply.map.title.{view}"),
        file_stem=f"karta_tillverkning_{view}",
        key=f"site_map_{view}",
        aggregated=aggregated,
        size_by=size_by,
        counts=counts,
    )
    st.caption(t("supply.map.method"))
    badges.demo_badge("supply")
    if selection.substance is not None:
        nav.link("substance", t("supply.link.substance"), {"substance": selection.substance})


def nordic(summary: pd.Series, capacity: pd.DataFrame, lang: str) -> None:
    """The Nordic view's first table: what the Nordic countries make, and what they only pack."""
    st.subheader(t("supply.nordic.title"))
    st.markdown(
        t(
            "supply.nordic.sentence",
            n_items=fmt.integer(summary["n_items"]),
            n_nordic=fmt.integer(summary["n_nordic_making"]),
            n_swedish=fmt.integer(summary["n_swedish_making"]),
            n_gaps=fmt.integer(summary["n_gaps"]),
            n_packed=fmt.integer(summary["n_packaging_only"]),
        )
    )
    capacity = supply_frames.with_nordic_role_labels(capacity, lang)
    show_table(capacity, columns.NORDIC, height=460)
    download_buttons(capacity, columns.NORDIC, "nordisk_tillverkning", key="nordic")
    st.caption(t("supply.nordic.method"))
    badges.demo_badge("supply")


def gap_step_control() -> str:
    """The gap list's step of the chain (?gap_step=make|api|fpp), in the URL."""
    st.subheader(t("supply.gaps.title"))
    return state.segmented_param(
        t("supply.gaps.step"),
        "gap_step",
        GAP_STEPS,
        "make",
        format_func=lambda v: t(f"supply.gaps.step.{v}"),
        container=st.columns([2, 1])[0],
    )


def nordic_gaps(gaps: pd.DataFrame, step: str, lang: str) -> None:
    """The gap list of one step of the chain."""
    st.markdown(t(f"supply.gaps.sentence.{step}", n=fmt.integer(len(gaps))))
    show_table(gaps, columns.NORDIC_GAPS, height=460)
    download_buttons(gaps, columns.NORDIC_GAPS, "nordiska_luckor", key="gaps")
    st.caption(t("supply.gaps.method"))
    badges.demo_badge("supply")


def country_choropleth(countries: pd.DataFrame, lang: str) -> None:
    """Sites per country (sites_per_country), by count or share of API sites (?measure=)."""
    st.subheader(t("supply.choropleth.title"))
    measure_column, _ = st.columns([1, 1])
    measure = state.segmented_param(
        t("supply.choropleth.measure"),
        "measure",
        MEASURES,
        "sites",
        format_func=lambda v: t(f"supply.choropleth.measure.{v}"),
        container=measure_column,
    )
    charts.show(maps.country_choropleth(countries, measure, lang), key="country_choropleth")
    st.caption(t(f"supply.choropleth.method.{measure}"))
    badges.demo_badge("supply")


def vulnerability(table: pd.DataFrame, lang: str) -> None:
    """The vulnerability table (vulnerability_table) with the score's method."""
    table = supply_frames.with_stage_labels(table, lang)
    st.markdown(t("supply.vulnerability.sentence", n=fmt.integer(len(table))))
    show_table(table, columns.VULNERABILITY, height=520)
    download_buttons(table, columns.VULNERABILITY, "sarbarhet", key="vulnerability")
    with st.expander(t("supply.score.title"), expanded=False):
        st.markdown(t("supply.score.method"))
    st.caption(t("supply.vulnerability.source"))
    badges.demo_badge("supply")


def active_shortages(summary: pd.Series, shortages: pd.DataFrame, lang: str) -> None:
    """The active shortage notices (queries.shortages.active_shortages and its summary)."""
    shortages = supply_frames.with_kind_labels(shortages, lang)
    st.subheader(t("manufacturing.shortages.title"))
    st.markdown(
        t(
            "manufacturing.shortages.sentence",
            n=fmt.integer(summary["n_active"]),
            n_priority=fmt.integer(summary["n_on_priority_list"]),
            date=fmt.day(summary["as_of"]),
        )
    )
    if len(shortages):
        show_table(shortages, columns.ACTIVE_SHORTAGES, height="all")
        download_buttons(
            shortages, columns.ACTIVE_SHORTAGES, "aktiva_restnoteringar", key="shortages"
        )
    st.caption(t("common.source", source=t("overview.shortages.source")))
    badges.demo_badge("shortages")


# ------------------------------------------------------------------ Substans


def substance_figures(profile: pd.Series) -> None:
    """One substance's heading, sentence and eight figures (a substance_profile row)."""
    stage = t(f"supply.stage.{profile['source_stage']}")
    code = profile["atc_code"] or profile["substance_id"]
    st.header(f"{fmt.plain(profile['substance_name'])} · {fmt.plain(code)}")
    st.markdown(
        t(
            "substance.sentence",
            stage=stage,
            n_sites=fmt.integer(profile["n_source_sites"]),
            n_countries=fmt.integer(profile["n_source_countries"]),
            n_companies=fmt.integer(profile["n_source_companies"]),
            eu_share=fmt.percent(profile["eu_eea_share_source"], 0),
            n_nordic=fmt.integer(profile["n_nordic_sites"]),
            n_active=fmt.integer(profile["n_active_shortages"]),
        )
    )
    if profile["has_no_known_source"]:
        st.warning(t("substance.no_source", stage=stage))
    metrics = [
        (t("col.vulnerability_score"), fmt.number(profile["vulnerability_score"], 1)),
        (t("col.n_source_sites"), fmt.integer(profile["n_source_sites"])),
        (t("col.n_source_countries"), fmt.integer(profile["n_source_countries"])),
        (t("col.n_source_companies"), fmt.integer(profile["n_source_companies"])),
        (t("col.hhi_supply"), fmt.number(profile["hhi_supply"], 2)),
        (t("col.supplier_share_eu_eea"), fmt.percent(profile["supplier_share_eu_eea"], 0)),
        (t("col.n_nordic_sites"), fmt.integer(profile["n_nordic_sites"])),
        (t("col.n_active_shortages"), fmt.integer(profile["n_active_shortages"])),
    ]
    for row in (metrics[:4], metrics[4:]):
        for column, (label, value) in zip(st.columns(4), row, strict=True):
            column.metric(label, value, border=True)


def substance_score_and_map(profile: pd.Series, sites: pd.DataFrame, lang: str) -> None:
    """The score's parts beside the map of the substance's sites."""
    score_column, map_column = st.columns(2, gap="large")
    with score_column:
        st.subheader(t("substance.score.title"))
        charts.show(supply_charts.score_parts(profile, lang), key="substance_score")
        with st.expander(t("supply.score.title"), expanded=False):
            st.markdown(t("supply.score.method"))
        st.caption(t("substance.score.source"))
    with map_column:
        st.subheader(t("substance.map.title"))
        deck = maps.site_deck(sites, size_by="capacity", view="fit", lang=lang)
        maps.show_deck(deck, key="substance_map", height=420)
        counts = maps.site_type_counts(sites)
        maps.legend(counts)
        map_png.download_button(
            sites,
            view="fit",
            title=f"{t('substance.map.title')}: {profile['substance_name']}",
            file_stem=f"karta_{profile['substance_name']}",
            key="substance_map",
            counts=counts,
        )
        st.caption(t("substance.map.source"))
    badges.demo_badge("supply")


def substance_sites(countries: pd.DataFrame, companies: pd.DataFrame, lang: str) -> None:
    """Where the substance is made (per country) and by whom (per company)."""
    st.subheader(t("substance.countries.title"))
    show_table(
        countries, columns.SUBSTANCE_COUNTRIES, height="all" if len(countries) <= 12 else 460
    )
    download_buttons(
        countries, columns.SUBSTANCE_COUNTRIES, "substans_lander", key="substance_countries"
    )
    st.caption(t("substance.countries.source"))
    badges.demo_badge("supply")

    companies = supply_frames.with_site_type_labels(companies, lang)
    st.subheader(t("substance.companies.title"))
    show_table(
        companies, columns.SUBSTANCE_COMPANIES, height="all" if len(companies) <= 12 else 460
    )
    download_buttons(
        companies, columns.SUBSTANCE_COMPANIES, "substans_foretag", key="substance_companies"
    )
    st.caption(t("substance.companies.source"))
    badges.demo_badge("supply")


def substance_shortages(shortages: pd.DataFrame, lang: str) -> None:
    """Every shortage notice of the substance, or a sentence saying there is none."""
    st.subheader(t("substance.shortages.title"))
    if len(shortages):
        shortages = supply_frames.with_kind_labels(shortages, lang)
        show_table(shortages, columns.SUBSTANCE_SHORTAGES, height="all")
        download_buttons(
            shortages,
            columns.SUBSTANCE_SHORTAGES,
            "substans_restnoteringar",
            key="substance_shortages",
        )
    else:
        st.markdown(t("substance.shortages.none"))
    st.caption(t("substance.shortages.source"))
    badges.demo_badge("shortages")


def substance_cover(cover: pd.DataFrame, lang: str) -> None:
    """The regions' days of cover of the substance on the latest date."""
    st.subheader(t("substance.cover.title", date=fmt.day(cover["snapshot_date"].iloc[0])))
    st.markdown(t("substance.cover.sentence"))
    charts.show(supply_charts.region_days(cover, lang=lang), key="substance_cover")
    st.caption(t("substance.cover.source"))
    badges.demo_badge("coverage")


def substance_alternatives(alternatives: pd.DataFrame, profile: pd.Series) -> None:
    """The other substances of the ATC level-4 group, or a sentence saying there is none."""
    substance_id = profile["substance_id"]
    st.subheader(
        t("substance.alternatives.title", group=fmt.plain(profile["atc_l4"]) or fmt.MISSING)
    )
    if len(alternatives):
        st.markdown(t("substance.alternatives.sentence", n=fmt.integer(len(alternatives))))
        show_table(alternatives, columns.ALTERNATIVES, height="all")
        download_buttons(
            alternatives, columns.ALTERNATIVES, f"alternativ_{substance_id}", key="alt"
        )
    else:
        st.markdown(t("substance.alternatives.none"))
    st.caption(t("substance.alternatives.source"))
    badges.demo_badge("supply")
    nav.link("manufacturing", t("substance.link.map"), {"substance": substance_id})
