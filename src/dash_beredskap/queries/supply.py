"""Question 1: where are critical medicines made? Sites, concentration, vulnerability.

Each function runs sql/queries/supply/<its name>.sql. The site filter is one rule, the macros
chosen_substances / selected_sites (sql/macros.sql, supply section); supply_rows is the one
column set of the vulnerability, gap, profile and alternatives tables.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import pandas as pd

from dash_beredskap.queries.binder import Connection, fetch


def single_country_api_summary(con: Connection) -> pd.DataFrame:
    """View v_supply_concentration over the current priority list, one row.

    n_priority: items on the list; n_with_api_sites: of those, items with at least one known
    active-substance (API) site; n_single_country: items whose API sites are all in one country.
    """
    return fetch(con, "supply/single_country_api_summary")


def public_sites_per_country(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Sites (of every type) and companies per country with a site, for the public: no names,
    no coordinates; n_sites and n_companies are null where fewer than 3 (macro
    suppress_small), so one company cannot be singled out. No per-type counts: beside the
    total they would give a hidden count back. Largest counts first."""
    return fetch(con, "supply/public_sites_per_country", lang=lang)


@dataclass(frozen=True)
class SupplySelection:
    """What the map, the country figures and the tables show (None: no filter).

    substance: a substance_id. atc: an ATC code prefix, level 1-4 (1, 3, 4 or 5 characters;
    products without an ATC code drop out). list_version: substances on that priority list.
    site_type: api | fpp | packaging. area: 'eu_eea', 'nordic', 'rest' (outside the EU/EEA)
    or an ISO alpha-2 country code. vital: the company's vital-importance flag. company: a
    company_id.
    """

    substance: str | None = None
    atc: str | None = None
    list_version: str | None = None
    site_type: str | None = None
    area: str | None = None
    vital: bool | None = None
    company: str | None = None

    def params(self) -> dict[str, object]:
        """The $sel_* values of the macro selected_sites."""
        return {f"sel_{k}": v for k, v in asdict(self).items()}

    def substance_params(self) -> dict[str, object]:
        """The $sel_* values of the macro chosen_substances (the substance filters only)."""
        return {
            "sel_substance": self.substance,
            "sel_atc": self.atc,
            "sel_list_version": self.list_version,
        }


ALL_SITES = SupplySelection()


def supply_substance_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Table substances with view v_substance_supply: every product, for the pickers.

    substance_name in `lang`; is_priority: on the current list. Sorted by name.
    """
    return fetch(con, "supply/supply_substance_options", lang=lang)


def atc_group_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Tables substances + atc_groups: the ATC groups (levels 1-4) of the products.

    group_name is the group's English ATC name ('' if unknown); atc_group is the code prefix
    (level 1 = 1 character, 2 = 3, 3 = 4, 4 = 5); n_substances counts the products in it;
    example_names lists up to three of their names in `lang`. Sorted by code, so a group
    follows its parent.
    """
    return fetch(con, "supply/atc_group_options", lang=lang)


def priority_list_options(con: Connection) -> pd.DataFrame:
    """Table priority_lists: every list version with its item count, the current one first."""
    return fetch(con, "supply/priority_list_options")


def site_country_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_site_map: the countries that have a site, with their site count, by name."""
    return fetch(con, "supply/site_country_options", lang=lang)


def site_selection_summary(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map: the selection in numbers, one row.

    n_sites, n_countries, n_companies, n_cities (distinct country and city), sites per type,
    and n_substances: the chosen substances made at a selected site.
    """
    return fetch(con, "supply/site_selection_summary", **selection.params(), lang=lang)


def site_map_points(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map: one row per site in the selection, for the map and its tooltip.

    n_selected_substances: the chosen substances the site makes; substance_names: every
    substance it makes, in `lang`. Every selected site, no limit: check the count with
    site_selection_summary first and use site_map_cells for large selections. By site_id.
    """
    return fetch(con, "supply/site_map_points", **selection.params(), lang=lang)


def site_map_cells(
    con: Connection,
    selection: SupplySelection = ALL_SITES,
    lang: str = "sv",
    cell_deg: float = 1.0,
) -> pd.DataFrame:
    """View v_site_map aggregated to a grid of `cell_deg` x `cell_deg` degrees: every site of
    the selection counted in exactly one cell (for maps of more points than a browser draws).

    lat/lon: the mean position of the cell's sites; n_sites and per type; main_site_type: the
    most common type (ties: api, fpp, packaging); top_city/top_country: the place with most
    sites (ties: alphabetical); n_cities, n_countries, n_companies; capacity_index_sum over
    the sites with a known capacity. Most sites first.
    """
    return fetch(con, "supply/site_map_cells", **selection.params(), lang=lang, cell_deg=cell_deg)


def sites_per_country(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map per country, for the choropleth: every country with a shape, also those
    with no site in the selection (zeros). Most sites first.

    share_of_api_sites = the country's active-substance (API) sites / all API sites in the
    selection (0..1; null when the selection has no API site).
    """
    return fetch(con, "supply/sites_per_country", **selection.params(), lang=lang)


VULNERABILITY_FOCUS = ("all", "high", "shortage", "one_country", "outside_eu_eea", "no_source")


HIGH_SCORE = 50  # "high vulnerability": a score of at least this


def vulnerability_table(
    con: Connection,
    selection: SupplySelection = ALL_SITES,
    lang: str = "sv",
    focus: str = "all",
) -> pd.DataFrame:
    """Macro supply_rows (views v_substance_supply, v_supply_concentration): one row per
    chosen substance.

    Only the substance filters of `selection` apply (substance, atc, list_version): the score
    is a property of the whole supply chain, and a substance must not drop out of the table
    because a site filter hides its sites. `focus` narrows the rows: 'high' (score >=
    HIGH_SCORE), 'shortage' (an active notice), 'one_country' (all source-stage sites in one
    country), 'outside_eu_eea' (no source-stage site in the EU/EEA, or none known),
    'no_source' (no known source-stage site); 'all' keeps every row. Most vulnerable first.
    """
    return fetch(
        con,
        "supply/vulnerability_table",
        **selection.substance_params(),
        lang=lang,
        focus=focus,
        high_score=HIGH_SCORE,
    )


def nordic_capacity(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """Views v_substance_supply and v_site_map: the chosen substances that have at least one
    Nordic site (SE, NO, DK, FI, IS), with the Nordic sites per type and per country.

    Only the substance filters of `selection` apply. nordic_role: makes_api_and_fpp, makes_api,
    makes_fpp or packs_only (packing is not making). nordic_capacity_index_sum: the capacity
    index summed over the Nordic API and finished-product sites with a known capacity. Items
    the Nordic countries make first, then most Nordic sites.
    """
    return fetch(con, "supply/nordic_capacity", **selection.substance_params(), lang=lang)


GAP_STEPS = ("make", "api", "fpp")


def nordic_gaps(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv", step: str = "make"
) -> pd.DataFrame:
    """Macro supply_rows: the gap list by step of the chain (GAP_STEPS). 'make': the chosen
    substances no Nordic site makes, neither the active substance nor the finished product (a
    packaging site does not count; with the current list chosen, exactly is_nordic_gap);
    'api': medicines with no Nordic API site; 'fpp': no Nordic finished-product site. With
    nordic_has_api (null for devices and PPE), nordic_has_fpp and nordic_has_packaging. Only
    the substance filters apply. Most vulnerable first, with where they are made instead.
    """
    return fetch(con, "supply/nordic_gaps", **selection.substance_params(), lang=lang, step=step)


def nordic_summary(con: Connection, list_version: str | None = None) -> pd.DataFrame:
    """View v_substance_supply over the substances of `list_version` (None: all), one row.

    n_items; n_nordic_making / n_swedish_making: items with at least one active-substance or
    finished-product site in the Nordic countries / in Sweden; n_gaps: items no Nordic site
    makes; n_packaging_only: of those, items a Nordic site packs.
    """
    return fetch(con, "supply/nordic_summary", list_version=list_version)


def substance_profile(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """Macro supply_rows for one substance (one row, or none for an unknown id): every input
    of its score, its points and the score itself."""
    return fetch(con, "supply/substance_profile", substance_id=substance_id, lang=lang)


def substance_countries(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map: where one substance is made, per country and site type; most first;
    with country_group and group_label (stg_country_groups: the group the score uses)."""
    return fetch(con, "supply/substance_countries", substance_id=substance_id, lang=lang)


def substance_companies(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map with v_substance_supply: the companies making one substance.

    is_source: the company has a site at the substance's source stage (api for medicines, fpp
    otherwise); is_sole_source / is_one_of_two: it is the only / one of two such companies.
    site_types and countries list its sites for this substance. Sources first.
    """
    return fetch(con, "supply/substance_companies", substance_id=substance_id, lang=lang)


def substance_shortages(con: Connection, substance_id: str | None = None) -> pd.DataFrame:
    """Table shortages: every notice for one substance, newest first, with is_active as of the
    latest snapshot date (started by then and not resolved by then)."""
    return fetch(con, "supply/substance_shortages", substance_id=substance_id)


def substance_region_cover(con: Connection, substance_id: str | None = None) -> pd.DataFrame:
    """View v_region_coverage_monthly on the latest snapshot date, for one substance: all 21
    regions (a region without a report that day keeps its row, with has_report false and
    meets_target null). Best covered first.

    Reads the month-end rows of the latest month (agg_coverage_monthly), never the whole
    stock table. meets_target: the coverage macros with the default target (30 days).
    """
    return fetch(con, "supply/substance_region_cover", substance_id=substance_id)


def substance_alternatives(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """Macro supply_rows: the other substances in the same ATC level-4 group (the treatment
    alternatives), each with its own concentration and score. Least vulnerable first: the
    most robust alternative on top."""
    return fetch(con, "supply/substance_alternatives", substance_id=substance_id, lang=lang)


COMPANY_SHOW = ("all", "vital", "few_sources", "unflagged", "services")


def company_importance(con: Connection, lang: str = "sv", show: str = "all") -> pd.DataFrame:
    """View v_company_importance with the head-office country's name, in its ranking order
    (sole-source items, then one-of-two items, then priority items).

    show: 'all'; 'vital' (flagged for its goods or a service); 'few_sources' (the only or one
    of two sources of at least one priority item); 'unflagged' (is_sole_source_unflagged);
    'services' (provides at least one service, company_services).
    """
    return fetch(con, "supply/company_importance", lang=lang, show=show)


def company_importance_summary(con: Connection) -> pd.DataFrame:
    """View v_company_importance, one row: n_companies, n_vital (flagged), n_sole_source (the
    only source of at least one priority item), n_few_sources (the only or one of two),
    n_sole_source_unflagged, n_vital_goods (flagged for its products), n_vital_services (a
    service flagged)."""
    return fetch(con, "supply/company_importance_summary")


def company_substances(
    con: Connection, company_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """View v_substance_supply with table site_substances: what one company makes.

    One row per substance: its site types at this company, whether the company is a source
    (a site at the substance's source stage), how many companies are sources (null when it
    is not one), and the score. Priority items first, then sole-source, one-of-two, score.
    """
    return fetch(con, "supply/company_substances", company_id=company_id, lang=lang)
