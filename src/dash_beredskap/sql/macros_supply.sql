-- Supply rules that read the supply views (v_site_map, v_substance_supply,
-- v_supply_concentration), so they are created after them (a macro binds its tables when it is
-- created). chosen_substances, over base tables only, is in macros.sql.

-- The sites of v_site_map a SupplySelection selects: every column of v_site_map, the country
-- name and substance names in `lang`, and n_selected_substances (the chosen substances the
-- site makes; a site making none of them drops out). sel_area: 'eu_eea', 'nordic', 'rest'
-- (outside the EU/EEA) or an ISO alpha-2 country code.
create or replace macro selected_sites(
    sel_substance, sel_atc, sel_list_version, sel_site_type, sel_area, sel_vital, sel_company,
    lang
) as table
    with chosen_links as (
        -- a list filter only (the pages' first view): the counts built at load time
        select l.site_id, l.n_selected_substances
        from agg_site_list_links l
        where sel_substance is null and sel_atc is null
          and l.list_version is not distinct from sel_list_version
        union all
        select ss.site_id, count(*) as n_selected_substances
        from site_substances ss
        semi join chosen_substances(sel_substance, sel_atc, sel_list_version) c
            on c.substance_id = ss.substance_id
        where sel_substance is not null or sel_atc is not null
        group by ss.site_id
    )
    select
        m.*,
        name_in(lang, m.country_name_sv, m.country_name_en) as country_name,
        name_in(lang, m.substance_names, m.substance_names_en) as substance_names_lang,
        l.n_selected_substances
    from v_site_map m
    join chosen_links l using (site_id)
    where (sel_site_type is null or m.site_type = sel_site_type)
      and (sel_area is null
           or (sel_area = 'eu_eea' and m.is_eu_eea)
           or (sel_area = 'nordic' and m.is_nordic)
           or (sel_area = 'rest' and not m.is_eu_eea)
           or m.country_iso2 = sel_area)
      and (sel_vital is null or m.is_vital = sel_vital)
      and (sel_company is null or m.company_id = sel_company);

-- One row per substance: its supply picture and score (v_substance_supply) with its API
-- concentration (v_supply_concentration) and the top API country's name in `lang`: the
-- columns of the vulnerability, gap, profile and alternatives tables.
create or replace macro supply_rows(lang) as table
    select
        v.substance_id,
        name_in(lang, v.name_sv, v.name_en) as substance_name,
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
        v.supplier_weighting,
        v.hhi_supply,
        v.supplier_share_eu_eea,
        v.supplier_share_close_partner,
        v.supplier_share_distant,
        v.n_fpp_sites,
        v.n_nordic_sites,
        v.n_nordic_api_sites,
        v.n_nordic_fpp_sites,
        v.n_nordic_packaging_sites,
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
        name_in(lang, k.name_sv, k.name_en) as top_api_country_name,
        c.top_api_country_share,
        c.single_country_api
    from v_substance_supply v
    join v_supply_concentration c using (substance_id)
    left join countries k on k.iso2 = c.top_api_country;

-- A count the public may see: null when it is 1 or 2 (fewer than 3 sites or companies could
-- point at one company), else the count itself. The public queries (sql/queries/supply/
-- public_*.sql) pass every count they return through it; the page shows null as "fewer than 3".
create or replace macro suppress_small(n) as
    case when n > 0 and n < 3 then null else n end;

-- ---------------------------------------------------------------- a selection's map figures
-- The map's figures of a selection, one macro each (read by the queries site_selection_summary,
-- site_map_cells and sites_per_country). For the pages' first view (a list filter at most),
-- agg_site_selection_lists, agg_site_cells_lists and agg_site_countries_lists hold their rows
-- for every list version (and none), language and grid size, built at load time by these same
-- macros; reads_site_aggregates says when a query reads them.

-- True when the selection filters by a priority list at most, every other filter open: the
-- first view, whose figures the agg_site_*_lists tables hold.
create or replace macro reads_site_aggregates(
    sel_substance, sel_atc, sel_site_type, sel_area, sel_vital, sel_company
) as
    sel_substance is null and sel_atc is null and sel_site_type is null and sel_area is null
    and sel_vital is null and sel_company is null;

-- The languages and grid sizes (degrees: ui.maps.CELL_DEG) the agg_site_*_lists tables hold.
create or replace macro site_aggregate_langs() as ['sv', 'en'];
create or replace macro site_aggregate_cell_degs() as [1.0, 0.5];
-- The list versions they hold: each priority list version, and null for every substance.
create or replace macro site_aggregate_list_versions() as table
    select list_version from priority_lists
    union all
    select null as list_version;

-- The selected sites in numbers, one row: n_sites, n_countries, n_companies, n_cities, sites per
-- type and n_substances (the chosen substances made at a selected site).
create or replace macro site_selection_rows(
    sel_substance, sel_atc, sel_list_version, sel_site_type, sel_area, sel_vital, sel_company,
    lang
) as table
    with selected as (
        select * from selected_sites(
            sel_substance, sel_atc, sel_list_version, sel_site_type, sel_area, sel_vital,
            sel_company, lang
        )
    ),
    made as (
        -- the chosen substances made at a selected site
        select count(distinct ss.substance_id) as n_substances
        from site_substances ss
        semi join selected s on s.site_id = ss.site_id
        semi join chosen_substances(sel_substance, sel_atc, sel_list_version) c
            on c.substance_id = ss.substance_id
    ),
    counts as (
        select
            count(*) as n_sites,
            count(distinct country_iso2) as n_countries,
            count(distinct company_id) as n_companies,
            count(distinct (country_iso2, city)) as n_cities,
            count(*) filter (where site_type = 'api') as n_api_sites,
            count(*) filter (where site_type = 'fpp') as n_fpp_sites,
            count(*) filter (where site_type = 'packaging') as n_packaging_sites
        from selected
    )
    select counts.*, made.n_substances
    from counts, made;

-- The selected sites on a grid of cell_deg x cell_deg degrees, each site in one cell: mean
-- position, sites per type, the most common type, the place with most sites (ties:
-- alphabetical), cities, countries, companies, summed capacity.
create or replace macro site_cell_rows(
    sel_substance, sel_atc, sel_list_version, sel_site_type, sel_area, sel_vital, sel_company,
    lang, cell_deg
) as table
    with selected as (
        select * from selected_sites(
            sel_substance, sel_atc, sel_list_version, sel_site_type, sel_area, sel_vital,
            sel_company, lang
        )
    ),
    placed as (
        select
            *,
            floor(lat / cell_deg)::bigint as cell_y,
            floor(lon / cell_deg)::bigint as cell_x
        from selected
    ),
    places as (
        select cell_y, cell_x, city, country_name, count(*) as n
        from placed
        group by all
    ),
    top_place as (
        -- the place with most sites (ties: alphabetical)
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
    )
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
    join top_place t using (cell_y, cell_x);

-- Every country with a shape and its selected sites per type (zeros for none), with its share
-- of the selection's active-substance (API) sites (null when the selection has none).
create or replace macro site_country_rows(
    sel_substance, sel_atc, sel_list_version, sel_site_type, sel_area, sel_vital, sel_company,
    lang
) as table
    with selected as (
        select * from selected_sites(
            sel_substance, sel_atc, sel_list_version, sel_site_type, sel_area, sel_vital,
            sel_company, lang
        )
    ),
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
    )
    select
        c.iso2 as country_iso2,
        name_in(lang, c.name_sv, c.name_en) as country_name,
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
    cross join totals t;
