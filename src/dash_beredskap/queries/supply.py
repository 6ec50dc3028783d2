"""Question 1: where are critical medicines made? Sites, concentration, vulnerability."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import pandas as pd

from dash_beredskap.queries._inline import (
    _CURRENT_PRIORITY,
    _SHORTAGE_AS_OF,
    Connection,
    _df,
    _named_df,
)


def single_country_api_summary(con: Connection) -> pd.DataFrame:
    """View v_supply_concentration over the current priority list, one row.

    n_priority: items on the list; n_with_api_sites: of those, items with at least one known
    active-substance (API) site; n_single_country: items whose API sites are all in one country.
    """
    return _df(
        con,
        f"""
        with priority as ({_CURRENT_PRIORITY})
        select
            count(*) as n_priority,
            count(*) filter (where v.n_api_sites > 0) as n_with_api_sites,
            count(*) filter (where v.single_country_api) as n_single_country
        from priority p
        left join v_supply_concentration v using (substance_id)
        """,
    )


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
        return {f"sel_{k}": v for k, v in asdict(self).items()}


ALL_SITES = SupplySelection()


_CHOSEN_SUBSTANCES = """
    select s.substance_id
    from substances s
    where ($sel_substance is null or s.substance_id = $sel_substance)
      and ($sel_atc is null or starts_with(s.atc_code, $sel_atc))
      and ($sel_list_version is null or s.substance_id in (
            select substance_id from priority_list_items where list_version = $sel_list_version
          ))
"""


# Sites of v_site_map in the selection, with how many chosen substances each makes.
_SELECTED_SITES = f"""
    chosen_substances as ({_CHOSEN_SUBSTANCES}),
    chosen_links as (
        select ss.site_id, count(*) as n_selected_substances
        from site_substances ss
        semi join chosen_substances c on c.substance_id = ss.substance_id
        group by ss.site_id
    ),
    selected as (
        select
            m.*,
            case when $lang = 'en' then m.country_name_en else m.country_name_sv end
                as country_name,
            case when $lang = 'en' then m.substance_names_en else m.substance_names end
                as substance_names_lang,
            l.n_selected_substances
        from v_site_map m
        join chosen_links l using (site_id)
        where ($sel_site_type is null or m.site_type = $sel_site_type)
          and ($sel_area is null
               or ($sel_area = 'eu_eea' and m.is_eu_eea)
               or ($sel_area = 'nordic' and m.is_nordic)
               or ($sel_area = 'rest' and not m.is_eu_eea)
               or m.country_iso2 = $sel_area)
          and ($sel_vital is null or m.is_vital = $sel_vital)
          and ($sel_company is null or m.company_id = $sel_company)
    )
"""


def supply_substance_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Table substances with view v_substance_supply: every product, for the pickers.

    substance_name in `lang`; is_priority: on the current list. Sorted by name.
    """
    return _named_df(
        con,
        """
        select
            s.substance_id,
            case when $lang = 'en' then s.name_en else s.name_sv end as substance_name,
            s.atc_code,
            s.category,
            v.is_priority,
            v.vulnerability_score
        from substances s
        join v_substance_supply v using (substance_id)
        order by substance_name, s.substance_id
        """,
        {"lang": lang},
    )


def atc_group_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """Tables substances + atc_groups: the ATC groups (levels 1-4) of the products.

    group_name is the group's English ATC name ('' if unknown); atc_group is the code prefix
    (level 1 = 1 character, 2 = 3, 3 = 4, 4 = 5); n_substances
    counts the products in it; example_names lists up to three of their names in `lang`.
    Sorted by code, so a group follows its parent.
    """
    return _named_df(
        con,
        """
        with levels as (
            select * from (values (1, 1), (2, 3), (3, 4), (4, 5)) as l(atc_level, n_chars)
        ),
        grouped as (
            select
                left(s.atc_code, l.n_chars) as atc_group,
                l.atc_level,
                count(*) as n_substances,
                list(case when $lang = 'en' then s.name_en else s.name_sv end
                     order by s.name_sv) as names
            from substances s
            cross join levels l
            where s.atc_code is not null and length(s.atc_code) >= l.n_chars
            group by all
        )
        select
            g.atc_group,
            g.atc_level,
            coalesce(a.name_en, '') as group_name,
            g.n_substances,
            array_to_string(list_slice(g.names, 1, 3), ', ') as example_names
        from grouped g
        left join atc_groups a on a.atc_code = g.atc_group
        order by g.atc_group
        """,
        {"lang": lang},
    )


def priority_list_options(con: Connection) -> pd.DataFrame:
    """Table priority_lists: every list version with its item count, the current one first."""
    return _df(
        con,
        """
        select
            l.list_version,
            l.title,
            l.published_on,
            l.is_current,
            count(i.substance_id) as n_items
        from priority_lists l
        left join priority_list_items i using (list_version)
        group by all
        order by l.is_current desc, l.published_on desc, l.list_version
        """,
    )


def site_country_options(con: Connection, lang: str = "sv") -> pd.DataFrame:
    """View v_site_map: the countries that have a site, with their site count, by name."""
    return _named_df(
        con,
        """
        select
            country_iso2,
            any_value(case when $lang = 'en' then country_name_en else country_name_sv end)
                as country_name,
            count(*) as n_sites
        from v_site_map
        group by country_iso2
        order by country_name, country_iso2
        """,
        {"lang": lang},
    )


def site_selection_summary(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map: the selection in numbers, one row.

    n_sites, n_countries, n_companies, n_cities (distinct country and city), sites per type,
    and n_substances: the chosen substances made at a selected site.
    """
    return _named_df(
        con,
        f"""
        with {_SELECTED_SITES},
        made as (
            select count(distinct ss.substance_id) as n_substances
            from site_substances ss
            semi join selected s on s.site_id = ss.site_id
            semi join chosen_substances c on c.substance_id = ss.substance_id
        )
        select
            count(*) as n_sites,
            count(distinct country_iso2) as n_countries,
            count(distinct company_id) as n_companies,
            count(distinct (country_iso2, city)) as n_cities,
            count(*) filter (where site_type = 'api') as n_api_sites,
            count(*) filter (where site_type = 'fpp') as n_fpp_sites,
            count(*) filter (where site_type = 'packaging') as n_packaging_sites,
            any_value(made.n_substances) as n_substances
        from selected, made
        """,
        {**selection.params(), "lang": lang},
    )


def site_map_points(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map: one row per site in the selection, for the map and its tooltip.

    n_selected_substances: the chosen substances the site makes; substance_names: every
    substance it makes, in `lang`. Every selected site, no limit: check the count with
    site_selection_summary first and use site_map_cells for large selections.
    """
    return _named_df(
        con,
        f"""
        with {_SELECTED_SITES}
        select
            site_id, company_id, company_name, is_vital, site_type, country_iso2,
            country_name, city, lat, lon, capacity_index, n_substances,
            n_priority_substances, n_selected_substances,
            substance_names_lang as substance_names
        from selected
        order by site_id
        """,
        {**selection.params(), "lang": lang},
    )


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
    the sites with a known capacity.
    """
    return _named_df(
        con,
        f"""
        with {_SELECTED_SITES},
        placed as (
            select
                *,
                floor(lat / $cell_deg)::bigint as cell_y,
                floor(lon / $cell_deg)::bigint as cell_x
            from selected
        ),
        places as (
            select cell_y, cell_x, city, country_name, count(*) as n
            from placed
            group by all
        ),
        top_place as (
            select
                cell_y,
                cell_x,
                first(city order by n desc, city, country_name) as top_city,
                first(country_name order by n desc, city, country_name) as top_country,
                count(*) as n_cities
            from places
            group by cell_y, cell_x
        ),
        cells as (
            select
                cell_y,
                cell_x,
                avg(lat) as lat,
                avg(lon) as lon,
                count(*) as n_sites,
                count(*) filter (where site_type = 'api') as n_api_sites,
                count(*) filter (where site_type = 'fpp') as n_fpp_sites,
                count(*) filter (where site_type = 'packaging') as n_packaging_sites,
                count(distinct country_iso2) as n_countries,
                count(distinct company_id) as n_companies,
                sum(capacity_index) as capacity_index_sum
            from placed
            group by cell_y, cell_x
        ),
        final as (
            select
                c.*,
                case
                    when c.n_api_sites >= c.n_fpp_sites
                        and c.n_api_sites >= c.n_packaging_sites then 'api'
                    when c.n_fpp_sites >= c.n_packaging_sites then 'fpp'
                    else 'packaging'
                end as main_site_type,
                t.top_city,
                t.top_country,
                t.n_cities
            from cells c
            join top_place t using (cell_y, cell_x)
        )
        select * from final
        order by n_sites desc, cell_y, cell_x
        """,
        {**selection.params(), "lang": lang, "cell_deg": cell_deg},
    )


def sites_per_country(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map per country, for the choropleth: every country with a shape, also those
    with no site in the selection (zeros).

    share_of_api_sites = the country's active-substance (API) sites / all API sites in the
    selection (0..1; null when the selection has no API site).
    """
    return _named_df(
        con,
        f"""
        with {_SELECTED_SITES},
        by_country as (
            select
                country_iso2,
                count(*) as n_sites,
                count(*) filter (where site_type = 'api') as n_api_sites,
                count(*) filter (where site_type = 'fpp') as n_fpp_sites,
                count(*) filter (where site_type = 'packaging') as n_packaging_sites
            from selected
            group by country_iso2
        ),
        totals as (
            select sum(n_api_sites) as total_api_sites from by_country
        ),
        final as (
            select
                c.iso2 as country_iso2,
                case when $lang = 'en' then c.name_en else c.name_sv end as country_name,
                c.is_eu_eea,
                c.is_nordic,
                coalesce(b.n_sites, 0)::bigint as n_sites,
                coalesce(b.n_api_sites, 0)::bigint as n_api_sites,
                coalesce(b.n_fpp_sites, 0)::bigint as n_fpp_sites,
                coalesce(b.n_packaging_sites, 0)::bigint as n_packaging_sites,
                coalesce(b.n_api_sites, 0) / nullif(t.total_api_sites, 0) as share_of_api_sites
            from countries c
            semi join shapes sh on sh.layer = 'countries' and sh.code = c.iso2
            left join by_country b on b.country_iso2 = c.iso2
            cross join totals t
        )
        select * from final
        order by n_sites desc, country_name
        """,
        {**selection.params(), "lang": lang},
    )


_SUPPLY_COLUMNS = """
    v.substance_id,
    case when $lang = 'en' then v.name_en else v.name_sv end as substance_name,
    v.atc_code,
    v.atc_l4,
    v.category,
    v.is_priority,
    v.source_stage,
    v.n_source_sites,
    v.n_source_countries,
    v.n_source_companies,
    v.hhi_source,
    v.eu_eea_share_source,
    v.n_fpp_sites,
    v.n_nordic_sites,
    v.n_nordic_api_sites,
    v.n_nordic_fpp_sites,
    v.n_swedish_sites,
    v.n_active_shortages,
    v.n_shortages_3y,
    v.score_concentration,
    v.score_few_sources,
    v.score_outside_eu_eea,
    v.score_shortage_history,
    v.points_concentration,
    v.points_few_sources,
    v.points_outside_eu_eea,
    v.points_shortage_history,
    v.vulnerability_score,
    v.has_no_known_source,
    c.n_api_sites,
    c.n_api_countries,
    c.hhi_api,
    c.top_api_country,
    case when $lang = 'en' then k.name_en else k.name_sv end as top_api_country_name,
    c.top_api_country_share,
    c.single_country_api
"""


VULNERABILITY_FOCUS = ("all", "high", "shortage", "one_country", "outside_eu_eea", "no_source")


HIGH_SCORE = 50  # "high vulnerability": a score of at least this


def vulnerability_table(
    con: Connection,
    selection: SupplySelection = ALL_SITES,
    lang: str = "sv",
    focus: str = "all",
) -> pd.DataFrame:
    """Views v_substance_supply and v_supply_concentration: one row per chosen substance.

    Only the substance filters of `selection` apply (substance, atc, list_version): the score
    is a property of the whole supply chain, and a substance must not drop out of the table
    because a site filter hides its sites. `focus` narrows the rows: 'high' (score >=
    HIGH_SCORE), 'shortage' (an active notice), 'one_country' (all source-stage sites in one
    country), 'outside_eu_eea' (no source-stage site in the EU/EEA, or none known),
    'no_source' (no known source-stage site); 'all' keeps every row. Most vulnerable first.
    """
    return _named_df(
        con,
        f"""
        with chosen_substances as ({_CHOSEN_SUBSTANCES})
        select {_SUPPLY_COLUMNS}
        from v_substance_supply v
        semi join chosen_substances s on s.substance_id = v.substance_id
        join v_supply_concentration c using (substance_id)
        left join countries k on k.iso2 = c.top_api_country
        where $focus = 'all'
           or ($focus = 'high' and v.vulnerability_score >= $high_score)
           or ($focus = 'shortage' and v.n_active_shortages > 0)
           or ($focus = 'one_country' and v.n_source_countries = 1)
           or ($focus = 'outside_eu_eea' and coalesce(v.eu_eea_share_source, 0) = 0)
           or ($focus = 'no_source' and v.has_no_known_source)
        order by v.vulnerability_score desc, substance_name, v.substance_id
        """,
        {**selection.params(), "lang": lang, "focus": focus, "high_score": HIGH_SCORE},
    )


_NORDIC_BY_SUBSTANCE = """
    nordic_sites as (
        select
            ss.substance_id,
            count(*) filter (where s.country_iso2 = 'SE') as n_sites_se,
            count(*) filter (where s.country_iso2 = 'NO') as n_sites_no,
            count(*) filter (where s.country_iso2 = 'DK') as n_sites_dk,
            count(*) filter (where s.country_iso2 = 'FI') as n_sites_fi,
            count(*) filter (where s.country_iso2 = 'IS') as n_sites_is,
            sum(s.capacity_index) as nordic_capacity_index_sum
        from site_substances ss
        join v_site_map s using (site_id)
        where s.is_nordic
        group by ss.substance_id
    )
"""


def nordic_capacity(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """Views v_substance_supply and v_site_map: the chosen substances that have at least one
    Nordic site (SE, NO, DK, FI, IS), with the Nordic sites per type and per country.

    Only the substance filters of `selection` apply. nordic_capacity_index_sum: the capacity
    index summed over the Nordic sites with a known capacity. Most Nordic sites first.
    """
    return _named_df(
        con,
        f"""
        with chosen_substances as ({_CHOSEN_SUBSTANCES}),
        {_NORDIC_BY_SUBSTANCE}
        select
            v.substance_id,
            case when $lang = 'en' then v.name_en else v.name_sv end as substance_name,
            v.atc_code,
            v.category,
            v.n_nordic_sites,
            v.n_nordic_api_sites,
            v.n_nordic_fpp_sites,
            v.n_swedish_sites,
            n.n_sites_se,
            n.n_sites_no,
            n.n_sites_dk,
            n.n_sites_fi,
            n.n_sites_is,
            n.nordic_capacity_index_sum,
            v.n_source_sites,
            v.vulnerability_score
        from v_substance_supply v
        semi join chosen_substances s on s.substance_id = v.substance_id
        join nordic_sites n using (substance_id)
        where v.n_nordic_sites > 0
        order by v.n_nordic_sites desc, substance_name, v.substance_id
        """,
        {**selection.params(), "lang": lang},
    )


def nordic_gaps(
    con: Connection, selection: SupplySelection = ALL_SITES, lang: str = "sv"
) -> pd.DataFrame:
    """View v_substance_supply: the gap list, the chosen substances with no Nordic site of any
    type (with the current list chosen, exactly is_nordic_gap). Only the substance filters
    apply. Most vulnerable first, with where they are made instead.
    """
    return _named_df(
        con,
        f"""
        with chosen_substances as ({_CHOSEN_SUBSTANCES})
        select {_SUPPLY_COLUMNS}
        from v_substance_supply v
        semi join chosen_substances s on s.substance_id = v.substance_id
        join v_supply_concentration c using (substance_id)
        left join countries k on k.iso2 = c.top_api_country
        where v.n_nordic_sites = 0
        order by v.vulnerability_score desc, substance_name, v.substance_id
        """,
        {**selection.params(), "lang": lang},
    )


def nordic_summary(con: Connection, list_version: str | None = None) -> pd.DataFrame:
    """View v_substance_supply over the substances of `list_version` (None: all), one row.

    n_items; n_with_nordic_site / n_with_swedish_site: items with at least one site of any
    type in the Nordic countries / in Sweden; n_gaps: items with no Nordic site.
    """
    return _df(
        con,
        """
        select
            count(*) as n_items,
            count(*) filter (where v.n_nordic_sites > 0) as n_with_nordic_site,
            count(*) filter (where v.n_swedish_sites > 0) as n_with_swedish_site,
            count(*) filter (where v.n_nordic_sites = 0) as n_gaps
        from v_substance_supply v
        where ?::varchar is null or v.substance_id in (
            select substance_id from priority_list_items where list_version = ?::varchar
        )
        """,
        [list_version, list_version],
    )


def substance_profile(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """Views v_substance_supply and v_supply_concentration for one substance (one row, or none
    for an unknown id): every input of its score, its points and the score itself."""
    return _named_df(
        con,
        f"""
        select {_SUPPLY_COLUMNS}
        from v_substance_supply v
        join v_supply_concentration c using (substance_id)
        left join countries k on k.iso2 = c.top_api_country
        where v.substance_id = $substance_id
        """,
        {"lang": lang, "substance_id": substance_id},
    )


def substance_countries(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map: where one substance is made, per country and site type; most first."""
    return _named_df(
        con,
        """
        select
            m.country_iso2,
            any_value(case when $lang = 'en' then m.country_name_en else m.country_name_sv end)
                as country_name,
            any_value(m.is_eu_eea) as is_eu_eea,
            any_value(m.is_nordic) as is_nordic,
            count(*) as n_sites,
            count(*) filter (where m.site_type = 'api') as n_api_sites,
            count(*) filter (where m.site_type = 'fpp') as n_fpp_sites,
            count(*) filter (where m.site_type = 'packaging') as n_packaging_sites,
            count(distinct m.company_id) as n_companies
        from v_site_map m
        semi join site_substances ss
            on ss.site_id = m.site_id and ss.substance_id = $substance_id
        group by m.country_iso2
        order by n_sites desc, country_name
        """,
        {"lang": lang, "substance_id": substance_id},
    )


def substance_companies(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """View v_site_map with v_substance_supply: the companies making one substance.

    is_source: the company has a site at the substance's source stage (api for medicines, fpp
    otherwise); is_sole_source / is_one_of_two: it is the only / one of two such companies.
    site_types and countries list its sites for this substance. Sources first.
    """
    return _named_df(
        con,
        """
        with supply as (
            select source_stage, n_source_companies
            from v_substance_supply
            where substance_id = $substance_id
        ),
        sites as (
            select m.*
            from v_site_map m
            semi join site_substances ss
                on ss.site_id = m.site_id and ss.substance_id = $substance_id
        ),
        final as (
            select
                s.company_id,
                any_value(s.company_name) as company_name,
                any_value(s.is_vital) as is_vital,
                count(*) as n_sites,
                string_agg(distinct s.site_type, ', ' order by s.site_type) as site_types,
                string_agg(
                    distinct case when $lang = 'en' then s.country_name_en
                                  else s.country_name_sv end,
                    ', '
                ) as countries,
                bool_or(s.site_type = p.source_stage) as is_source,
                p.n_source_companies
            from sites s, supply p
            group by s.company_id, p.n_source_companies
        )
        select
            *,
            is_source and n_source_companies = 1 as is_sole_source,
            is_source and n_source_companies = 2 as is_one_of_two
        from final
        order by is_source desc, n_sites desc, company_name, company_id
        """,
        {"lang": lang, "substance_id": substance_id},
    )


def substance_shortages(con: Connection, substance_id: str | None = None) -> pd.DataFrame:
    """Table shortages: every notice for one substance, newest first, with is_active as of the
    latest snapshot date (started by then and not resolved by then)."""
    return _df(
        con,
        f"""
        with as_of as ({_SHORTAGE_AS_OF})
        select
            sh.notice_id,
            sh.product_name,
            sh.kind,
            sh.start_date,
            sh.expected_end_date,
            sh.resolved_date,
            sh.start_date <= a.as_of
                and (sh.resolved_date is null or sh.resolved_date > a.as_of) as is_active
        from shortages sh, as_of a
        where sh.substance_id = ?
        order by sh.start_date desc, sh.notice_id
        """,
        [substance_id],
    )


def substance_region_cover(con: Connection, substance_id: str | None = None) -> pd.DataFrame:
    """View v_region_coverage_monthly on the latest snapshot date, for one substance: all 21
    regions (a region without a report that day keeps its row, with has_report false).

    Reads the month-end rows of the latest month (agg_coverage_monthly), never the whole
    stock table. meets_target: days_of_cover >= 30, or zero normal consumption.
    """
    return _df(
        con,
        """
        with latest as (
            select max(snapshot_date) as snapshot_date from agg_coverage_summary
        ),
        cover as (
            select m.region_code, m.days_of_cover, m.is_zero_consumption
            from v_region_coverage_monthly m, latest l
            where m.month = date_trunc('month', l.snapshot_date)::date
              and m.snapshot_date = l.snapshot_date
              and m.substance_id = ?
        )
        select
            (select snapshot_date from latest) as snapshot_date,
            r.region_code,
            r.region_name,
            regexp_replace(r.region_name, '^Region ', '') as region_short_name,
            c.region_code is not null as has_report,
            c.days_of_cover,
            coalesce(c.is_zero_consumption, false) as is_zero_consumption,
            case when c.region_code is null then null
                 else c.is_zero_consumption or c.days_of_cover >= 30 end as meets_target
        from regions r
        left join cover c using (region_code)
        order by has_report desc, c.days_of_cover desc nulls last, r.region_name
        """,
        [substance_id],
    )


def substance_alternatives(
    con: Connection, substance_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """Views v_substance_supply and v_supply_concentration: the other substances in the same
    ATC level-4 group (the treatment alternatives), each with its own concentration and score.
    Least vulnerable first: the most robust alternative on top."""
    return _named_df(
        con,
        f"""
        with own as (
            select atc_l4 from substances where substance_id = $substance_id
        )
        select {_SUPPLY_COLUMNS}
        from v_substance_supply v
        join v_supply_concentration c using (substance_id)
        left join countries k on k.iso2 = c.top_api_country
        where v.atc_l4 = (select atc_l4 from own)
          and v.substance_id <> $substance_id
        order by v.vulnerability_score, substance_name, v.substance_id
        """,
        {"lang": lang, "substance_id": substance_id},
    )


COMPANY_SHOW = ("all", "vital", "few_sources", "unflagged")


def company_importance(con: Connection, lang: str = "sv", show: str = "all") -> pd.DataFrame:
    """View v_company_importance with the head-office country's name, in its ranking order
    (sole-source items, then one-of-two items, then priority items).

    show: 'all'; 'vital' (flagged); 'few_sources' (the only or one of two sources of at least
    one priority item); 'unflagged' (is_sole_source_unflagged).
    """
    return _named_df(
        con,
        """
        select
            v.*,
            case when $lang = 'en' then c.name_en else c.name_sv end as hq_country_name
        from v_company_importance v
        left join countries c on c.iso2 = v.hq_country_iso2
        where $show = 'all'
           or ($show = 'vital' and v.is_vital)
           or ($show = 'few_sources' and v.n_sole_source + v.n_one_of_two > 0)
           or ($show = 'unflagged' and v.is_sole_source_unflagged)
        order by v.n_sole_source desc, v.n_one_of_two desc, v.n_priority_items desc,
            v.company_name, v.company_id
        """,
        {"lang": lang, "show": show},
    )


def company_importance_summary(con: Connection) -> pd.DataFrame:
    """View v_company_importance, one row: n_companies, n_vital (flagged), n_sole_source (the
    only source of at least one priority item), n_few_sources (the only or one of two),
    n_sole_source_unflagged."""
    return _df(
        con,
        """
        select
            count(*) as n_companies,
            count(*) filter (where is_vital) as n_vital,
            count(*) filter (where n_sole_source > 0) as n_sole_source,
            count(*) filter (where n_sole_source + n_one_of_two > 0) as n_few_sources,
            count(*) filter (where is_sole_source_unflagged) as n_sole_source_unflagged
        from v_company_importance
        """,
    )


def company_substances(
    con: Connection, company_id: str | None = None, lang: str = "sv"
) -> pd.DataFrame:
    """View v_substance_supply with table site_substances: what one company makes.

    One row per substance: its site types at this company, whether the company is a source
    (a site at the substance's source stage), how many companies are sources, and the score.
    Sole-source priority items first.
    """
    return _named_df(
        con,
        """
        with made as (
            select
                ss.substance_id,
                string_agg(distinct s.site_type, ', ' order by s.site_type) as site_types,
                list(distinct s.site_type) as types,
                count(*) as n_sites
            from site_substances ss
            join sites s using (site_id)
            where s.company_id = $company_id
            group by ss.substance_id
        ),
        final as (
            select
                v.substance_id,
                case when $lang = 'en' then v.name_en else v.name_sv end as substance_name,
                v.atc_code,
                v.is_priority,
                m.site_types,
                m.n_sites,
                list_contains(m.types, v.source_stage) as is_source,
                v.n_source_companies,
                v.vulnerability_score
            from made m
            join v_substance_supply v using (substance_id)
        )
        select
            * exclude (n_source_companies),
            case when is_source then n_source_companies end as n_source_companies,
            is_source and n_source_companies = 1 as is_sole_source,
            is_source and n_source_companies = 2 as is_one_of_two
        from final
        order by is_priority desc, is_sole_source desc, is_one_of_two desc,
            vulnerability_score desc, substance_name
        """,
        {"lang": lang, "company_id": company_id},
    )
