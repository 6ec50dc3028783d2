"""The supply pages' filters, kept in the URL (codes, never labels) and turned into one
`queries.supply.SupplySelection`.

URL parameters: substance (a substance_id), atc (an ATC prefix, level 1-4), list (a priority
list version, or 'all'), type (api | fpp | packaging), area (eu_eea | nordic | rest | an ISO
alpha-2 code), vital (yes | no). 'all' (the default) is left out of the URL. Unknown values fall
back to the default (ui.state.read_param).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from dash_beredskap.queries.supply import SupplySelection
from dash_beredskap.ui import fmt, state
from dash_beredskap.ui.i18n import t

ALL = "all"
AREA_GROUPS = ("eu_eea", "nordic", "rest")
SITE_TYPES = ("api", "fpp", "packaging")


@dataclass(frozen=True)
class FilterOptions:
    """The option frames the filters offer (from queries.supply.supply_substance_options,
    atc_group_options, priority_list_options and site_country_options)."""

    substances: pd.DataFrame
    atc_groups: pd.DataFrame
    lists: pd.DataFrame
    countries: pd.DataFrame

    def current_list(self) -> str:
        current = self.lists.loc[self.lists["is_current"], "list_version"]
        return str(current.iloc[0]) if len(current) else ALL


def substance_label(options: pd.DataFrame) -> Callable[[str], str]:
    """'Propofol · N01AX10' for a substance_id (a supply_substance_options frame)."""
    names = dict(zip(options["substance_id"], options["substance_name"], strict=True))
    codes = dict(zip(options["substance_id"], options["atc_code"], strict=True))

    def label(substance_id: str) -> str:
        if substance_id == ALL:
            return t("supply.filter.all_substances")
        code = codes.get(substance_id)
        suffix = code if isinstance(code, str) and code else substance_id
        return f"{names.get(substance_id, substance_id)} · {suffix}"

    return label


def _atc_label(groups: pd.DataFrame) -> Callable[[str], str]:
    by_code = {r.atc_group: r for r in groups.itertuples()}

    def label(code: str) -> str:
        if code == ALL:
            return t("supply.filter.all_atc")
        r = by_code[code]
        more = r.n_substances - min(r.n_substances, 3)
        names = r.example_names + (f", … (+{fmt.integer(more)})" if more else "")
        name = r.group_name.capitalize() if r.group_name else ""
        return t("supply.filter.atc_option", code=code, name=name, level=r.atc_level, names=names)

    return label


def _list_label(lists: pd.DataFrame) -> Callable[[str], str]:
    by_version = {r.list_version: r for r in lists.itertuples()}

    def label(version: str) -> str:
        if version == ALL:
            return t("supply.filter.all_lists")
        r = by_version[version]
        key = "supply.filter.list_current" if r.is_current else "supply.filter.list_option"
        return t(key, version=version, date=fmt.day(r.published_on), n=fmt.integer(r.n_items))

    return label


def _area_label(countries: pd.DataFrame) -> Callable[[str], str]:
    names = dict(zip(countries["country_iso2"], countries["country_name"], strict=True))
    counts = dict(zip(countries["country_iso2"], countries["n_sites"], strict=True))

    def label(code: str) -> str:
        if code == ALL or code in AREA_GROUPS:
            return t(f"supply.filter.area.{code}")
        return t("supply.filter.country_option", country=names[code], n=fmt.integer(counts[code]))

    return label


def filter_bar(options: FilterOptions, container: Any = None) -> SupplySelection:
    """Six filters in two rows; returns the selection they describe.

    Long on purpose: the six URL-bound filters in the order they are drawn.
    """
    target = container if container is not None else st
    subs = options.substances
    top = target.columns([3, 3, 3])
    bottom = target.columns([3, 3, 3])

    substance = state.select_param(
        t("supply.filter.substance"),
        "substance",
        [ALL, *subs["substance_id"]],
        ALL,
        format_func=substance_label(subs),
        container=top[0],
        help=t("supply.filter.substance_help"),
    )
    atc = state.select_param(
        t("supply.filter.atc"),
        "atc",
        [ALL, *options.atc_groups["atc_group"]],
        ALL,
        format_func=_atc_label(options.atc_groups),
        container=top[1],
        help=t("supply.filter.atc_help"),
    )
    list_version = state.select_param(
        t("supply.filter.list"),
        "list",
        [*options.lists["list_version"], ALL],
        options.current_list(),
        format_func=_list_label(options.lists),
        container=top[2],
        help=t("supply.filter.list_help"),
    )
    site_type = state.select_param(
        t("supply.filter.site_type"),
        "type",
        [ALL, *SITE_TYPES],
        ALL,
        format_func=lambda v: t(
            "supply.filter.all_site_types" if v == ALL else f"supply.site_type.{v}"
        ),
        container=bottom[0],
    )
    area = state.select_param(
        t("supply.filter.area"),
        "area",
        [ALL, *AREA_GROUPS, *options.countries["country_iso2"]],
        ALL,
        format_func=_area_label(options.countries),
        container=bottom[1],
        help=t("supply.filter.area_help"),
    )
    vital = state.select_param(
        t("supply.filter.vital"),
        "vital",
        [ALL, "yes", "no"],
        ALL,
        format_func=lambda v: t(f"supply.filter.vital.{v}"),
        container=bottom[2],
        help=t("supply.filter.vital_help"),
    )
    return SupplySelection(
        substance=None if substance == ALL else substance,
        atc=None if atc == ALL else atc,
        list_version=None if list_version == ALL else list_version,
        site_type=None if site_type == ALL else site_type,
        area=None if area == ALL else area,
        vital=None if vital == ALL else vital == "yes",
    )


def is_filtered(selection: SupplySelection, options: FilterOptions) -> bool:
    """True when anything but the default (the current list, everything else open) is set."""
    default = SupplySelection(
        list_version=None if options.current_list() == ALL else options.current_list()
    )
    return selection != default


# ------------------------------------------------------------------ the company picker

COMPANY_LIMIT = 100  # companies a picker lists: a search narrows the rest (national scale)


def matching_companies(companies: pd.DataFrame, text: str, limit: int = COMPANY_LIMIT) -> list[str]:
    """The company_ids of `companies` (a company_importance frame, in its ranking order) whose
    name or id holds `text` (any case; empty: every company), at most `limit`."""
    text = text.strip()
    ids = companies["company_id"]
    if text:
        names = companies["company_name"].fillna("")
        hit = names.str.contains(text, case=False, regex=False) | ids.str.contains(
            text, case=False, regex=False
        )
        ids = ids[hit]
    return list(ids.iloc[:limit])


def company_picker(companies: pd.DataFrame, container: Any = None) -> str:
    """One company (?company=ID; default the top of the ranking): a search box and a picker of
    the first COMPANY_LIMIT matches, so a national list of thousands is never sent whole. The
    company in the URL and the default stay choosable whatever the search."""
    target = container if container is not None else st
    search_column, picker_column = target.columns([1, 2])
    search = search_column.text_input(
        t("companies.detail.search"),
        key="company_search",
        help=t("companies.detail.search_help", limit=fmt.integer(COMPANY_LIMIT)),
    )
    names = dict(zip(companies["company_id"], companies["company_name"], strict=True))
    default = str(companies["company_id"].iloc[0])
    matches = matching_companies(companies, search)
    if search.strip() and not matches:
        search_column.caption(t("companies.detail.search_none"))
    wanted = st.query_params.get("company")
    options = list(dict.fromkeys([*matches, default] + ([wanted] if wanted in names else [])))
    return state.select_param(
        t("companies.detail.picker"),
        "company",
        options,
        default,
        format_func=lambda c: f"{names[c]} · {c}",
        container=picker_column,
    )
