"""The shortage page's parts: its columns, the labels and texts added to the query frames (pure,
no Streamlit needed) and the sections that render them. Frames come from the page
(queries.shortages); nothing here runs a query."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dash_beredskap.ui import badges, charts, fmt, i18n
from dash_beredskap.ui.coverage import charts as cover_charts
from dash_beredskap.ui.coverage.controls import source_caption
from dash_beredskap.ui.i18n import t
from dash_beredskap.ui.tables import Column, download_buttons, show_table

# A notice as every page lists it (Restnoteringar, Tillverkning): the one spec of those columns.
NOTICE_BASICS = [
    Column("substance_name", "col.substance_name"),
    Column("product_name", "col.product_name", width="medium"),
    Column("kind_label", "col.shortage_kind"),
    Column("start_date", "col.start_date", "date"),
    Column("expected_end_date", "col.expected_end_date", "date"),
    Column("is_on_priority_list", "col.is_on_priority_list", "bool"),
]

NOTICE_COLUMNS = [
    *NOTICE_BASICS,
    Column("national_days_of_cover", "col.cover_national_days", "number"),
    Column("target_days", "col.cover_target_days", "int"),
    Column("n_regions_below", "col.cover_n_regions_below", "int"),
    Column("n_regions_no_report", "col.cover_n_regions_no_report", "int"),
    Column("regions_below", "col.cover_regions_below", width="large"),
    Column("alternatives_text", "col.cover_alternatives", width="large"),
]
ALTERNATIVE_COLUMNS = [
    Column("substance_id", "col.cover_substance_id"),
    Column("alternative_name", "col.cover_alternative"),
    Column("alternative_atc_code", "col.atc_code"),
    Column("is_on_priority_list", "col.is_on_priority_list", "bool"),
    Column("is_in_shortage", "col.cover_in_shortage", "bool"),
    Column("national_days_of_cover", "col.cover_national_days", "number"),
    Column("target_days", "col.cover_target_days", "int"),
    Column("n_regions_reporting", "col.cover_n_regions_reporting", "int"),
    Column("n_regions_below", "col.cover_n_regions_below", "int"),
]
DETAIL_COLUMNS = [
    Column("item_name", "col.substance_name"),
    Column("is_alternative", "col.cover_is_alternative", "bool"),
    Column("region_code", "col.region_code"),
    Column("region_short_name", "col.region_name"),
    Column("has_report", "col.cover_has_report", "bool"),
    Column("days_of_cover", "col.cover_days", "number"),
    Column("is_zero_consumption", "col.cover_zero_use", "bool"),
    Column("meets_target", "col.cover_meets_target", "bool"),
    Column("target_days", "col.cover_target_days", "int"),
    Column("national_days_of_cover", "col.cover_national_days", "number"),
]
FEED_COLUMNS = [
    Column("change_label", "col.cover_change_kind"),
    Column("change_date", "col.cover_change_date", "date"),
    Column("substance_name", "col.substance_name"),
    Column("product_name", "col.product_name", width="medium"),
    Column("kind_label", "col.shortage_kind"),
    Column("start_date", "col.start_date", "date"),
    Column("expected_end_date", "col.expected_end_date", "date"),
    Column("resolved_date", "col.cover_resolved_date", "date"),
    Column("is_on_priority_list", "col.is_on_priority_list", "bool"),
]

FEED_EARLIEST = date(2000, 1, 1)  # the earliest start the feed's date picker offers
CARD_REGIONS = 8  # region names written out on a shortage card, the rest counted


def as_date(value: object) -> date:
    """A date from a query's date or timestamp value."""
    return pd.Timestamp(value).date()


# ------------------------------------------------------------------ labels and texts (pure)


def with_kind_labels(frame: pd.DataFrame) -> pd.DataFrame:
    """`kind_label`: Restnotering / Försäljningsuppehåll in the reader's language."""
    out = frame.copy()
    names = {
        "restnotering": t("shortage.restnotering"),
        "forsaljningsuppehall": t("shortage.sales"),
    }
    out["kind_label"] = [names.get(k, k) for k in out["kind"]]
    return out


def with_feed_labels(feed: pd.DataFrame) -> pd.DataFrame:
    """`change_label`: new / updated / resolved in the reader's language (unknown: as is)."""
    out = feed.copy()
    out["change_label"] = [
        t(f"shortages.change.{k}") if i18n.has(f"shortages.change.{k}") else k
        for k in out["change_kind"]
    ]
    return out


def _days_text(days: object, zero: bool) -> str:
    if zero:
        return t("coverage.zero_use")
    if fmt.is_missing(days):
        return t("coverage.no_report")
    return t("coverage.days", days=fmt.integer(days))


def _alternative_text(r: object) -> str:
    extra = t("shortages.alt.in_shortage") if r.is_in_shortage else ""
    return t(
        "shortages.alt.text",
        name=r.alternative_name,
        days=_days_text(r.national_days_of_cover, r.is_zero_consumption),
        n_below=fmt.integer(r.n_regions_below),
        n_reporting=fmt.integer(r.n_regions_reporting),
        extra=extra,
    )


def with_alternatives_text(notices: pd.DataFrame, alternatives: pd.DataFrame) -> pd.DataFrame:
    """`alternatives_text`: each alternative with its national days and regions below target
    (from a notice_alternatives frame), for tables and downloads."""
    out = notices.copy()
    by_item = {
        sid: "; ".join(_alternative_text(r) for r in part.itertuples())
        for sid, part in alternatives.groupby("substance_id", sort=False)
    }
    out["alternatives_text"] = [
        by_item.get(s, t("shortages.alt.none")) for s in out["substance_id"]
    ]
    return out


def notice_table(notices: pd.DataFrame, alternatives: pd.DataFrame) -> pd.DataFrame:
    """An active_notices_cover frame with kind_label and alternatives_text: what the cards,
    the table and the download show."""
    return with_alternatives_text(with_kind_labels(notices), alternatives)


def notice_labels(notices: pd.DataFrame) -> dict[str, str]:
    """notice_id -> 'item · product (notice_id)', in the frame's order: the detail's options."""
    return {
        r.notice_id: f"{r.substance_name} · {r.product_name} ({r.notice_id})"
        for r in notices.itertuples()
    }


def _first_names(names: object) -> str:
    """'Sörmland, Uppsala, ... och 9 till' (fewest days first), or a dash; markdown with
    the names escaped."""
    listed = [] if names is None or fmt.is_missing(names) else list(names)
    if not listed:
        return fmt.MISSING
    shown = ", ".join(fmt.plain(name) for name in listed[:CARD_REGIONS])
    rest = len(listed) - CARD_REGIONS
    return shown if rest <= 0 else t("shortages.card.more", names=shown, n=fmt.integer(rest))


# ------------------------------------------------------------------ sections


def _card(r: object, alternatives: pd.DataFrame | None) -> None:
    listed = t("shortages.card.on_list") if r.is_on_priority_list else ""
    st.markdown(
        t(
            "shortages.card.head",
            name=fmt.plain(r.substance_name),
            product=fmt.plain(r.product_name),
            kind=r.kind_label,
            start=fmt.day(r.start_date),
            end=fmt.day(r.expected_end_date),
            listed=listed,
        )
    )
    st.markdown(
        t(
            "shortages.card.cover",
            national=_days_text(r.national_days_of_cover, r.is_zero_consumption),
            n_below=fmt.integer(r.n_regions_below),
            n_reporting=fmt.integer(r.n_regions_reporting),
            target=fmt.integer(r.target_days),
            regions=_first_names(r.regions_below_list),
            n_no_report=fmt.integer(r.n_regions_no_report),
        )
    )
    if alternatives is None or alternatives.empty:
        st.markdown(t("shortages.card.no_alternatives", atc=fmt.plain(r.atc_l4)))
    else:
        lines = "\n".join(f"- {fmt.plain(_alternative_text(a))}" for a in alternatives.itertuples())
        st.markdown(t("shortages.card.alternatives", atc=fmt.plain(r.atc_l4)) + "\n" + lines)


# Cards for at most this many notices (the frame's order: priority list first, most regions
# below target): a national feed has hundreds active, which no one reads as cards and which
# took seconds to draw; every notice stays in the table and the downloads below.
MAX_CARDS = 20


def notice_cards(notices: pd.DataFrame, alternatives: pd.DataFrame, per_row: int = 2) -> None:
    """One card per active notice, for the MAX_CARDS most pressing: the item, the regions below
    target, and the alternatives with their days of cover (an active_notices_cover frame with
    kind_label)."""
    if notices.empty:
        st.info(t("shortages.active.none"))
        return
    if len(notices) > MAX_CARDS:
        st.caption(
            t("shortages.cards.first", shown=fmt.integer(MAX_CARDS), n=fmt.integer(len(notices)))
        )
        notices = notices.iloc[:MAX_CARDS]
    shown = set(notices["substance_id"])
    by_item = {
        sid: part for sid, part in alternatives.groupby("substance_id", sort=False) if sid in shown
    }
    for start in range(0, len(notices), per_row):
        chunk = notices.iloc[start : start + per_row]
        columns = st.columns(per_row, gap="medium")
        for column, r in zip(columns, chunk.itertuples(), strict=False):
            with column.container(border=True):
                _card(r, by_item.get(r.substance_id))


def active_section(notices: pd.DataFrame, alternatives: pd.DataFrame, target_text: str) -> None:
    """The active notices (a notice_table frame) as cards, then as tables and downloads."""
    as_of = notices["as_of_date"].iloc[0] if len(notices) else None
    st.markdown(t("shortages.intro", target=target_text))
    st.subheader(
        t("shortages.active.title", n=fmt.integer(len(notices)), date=fmt.day(as_of))
        if as_of is not None
        else t("shortages.active.none")
    )
    notice_cards(notices, alternatives)
    source_caption(
        "v_shortage_notices, v_region_coverage_monthly, v_national_substance_cover, "
        "v_treatment_alternatives",
        t("shortages.method", target=target_text),
    )
    badges.demo_badge("shortages", "coverage")
    with st.expander(t("shortages.table.title")):
        show_table(notices, NOTICE_COLUMNS, height=420)
        show_table(alternatives, ALTERNATIVE_COLUMNS, height=320)
    download_buttons(notices, NOTICE_COLUMNS, "aktiva_restnoteringar", key="sh_notices")
    download_buttons(alternatives, ALTERNATIVE_COLUMNS, "behandlingsalternativ", key="sh_alts")


def detail_section(detail: pd.DataFrame, item_name: str, notice: str) -> None:
    """One notice's item and its alternatives per region (a shortage_cover_detail frame)."""
    st.subheader(t("shortages.detail.title", item=fmt.plain(item_name)))
    charts.show(cover_charts.shortage_heat(detail), key="shortage_heat")
    source_caption(
        "v_region_coverage_monthly, v_national_substance_cover, v_treatment_alternatives",
        t("shortages.detail.method"),
    )
    badges.demo_badge("coverage")
    download_buttons(detail, DETAIL_COLUMNS, f"restnotering_{notice}_per_region", key="sh_detail")


def feed_section(counts: pd.Series, feed: pd.DataFrame, since: date) -> None:
    """What changed since `since`: the three counts (a shortage_feed_counts row), a sentence
    and the list (a shortage_feed frame)."""
    feed = with_feed_labels(with_kind_labels(feed))
    f1, f2, f3 = st.columns(3)
    f1.metric(t("shortages.feed.new"), fmt.integer(counts["n_new"]))
    f2.metric(t("shortages.feed.updated"), fmt.integer(counts["n_updated"]))
    f3.metric(t("shortages.feed.resolved"), fmt.integer(counts["n_resolved"]))
    st.markdown(t("shortages.feed.sentence", since=fmt.day(since), as_of=fmt.day(counts["as_of"])))
    if feed.empty:
        st.info(t("shortages.feed.none"))
    else:
        show_table(feed, FEED_COLUMNS, height="all" if len(feed) <= 15 else 560)
    source_caption("v_shortage_notices", t("shortages.feed.method"))
    badges.demo_badge("shortages")
    download_buttons(feed, FEED_COLUMNS, f"restnoteringar_forandringar_{since}", key="sh_feed")
