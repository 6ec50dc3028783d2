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
        select ss.site_id, count(*) as n_selected_substances
        from site_substances ss
        semi join chosen_substances(sel_substance, sel_atc, sel_list_version) c
            on c.substance_id = ss.substance_id
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
