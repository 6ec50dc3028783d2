-- Every country with a shape and its selected sites per type (zeros for none).
with selected as (
    select * from selected_sites(
        $sel_substance, $sel_atc, $sel_list_version, $sel_site_type, $sel_area, $sel_vital,
        $sel_company, $lang
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
),
final as (
    select
        c.iso2 as country_iso2,
        name_in($lang, c.name_sv, c.name_en) as country_name,
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
