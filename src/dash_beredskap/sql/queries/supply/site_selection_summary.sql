-- The selected sites in numbers, one row.
with selected as (
    select * from selected_sites(
        $sel_substance, $sel_atc, $sel_list_version, $sel_site_type, $sel_area, $sel_vital,
        $sel_company, $lang
    )
),
made as (
    -- the chosen substances made at a selected site
    select count(distinct ss.substance_id) as n_substances
    from site_substances ss
    semi join selected s on s.site_id = ss.site_id
    semi join chosen_substances($sel_substance, $sel_atc, $sel_list_version) c
        on c.substance_id = ss.substance_id
),
final as (
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
)
select * from final
