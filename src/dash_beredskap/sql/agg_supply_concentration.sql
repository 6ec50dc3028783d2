-- Built at load time: one row per substance, how concentrated its active-substance (API) making is.
-- hhi_api = sum over countries of (the country's share of the substance's API sites)^2, 0..1.
create or replace table agg_supply_concentration as
with api as (
    select ss.substance_id, s.country_iso2
    from site_substances ss
    join sites s using (site_id)
    where s.site_type = 'api'
),
by_country as (
    select substance_id, country_iso2, count(*) as n_sites
    from api
    group by substance_id, country_iso2
),
totals as (
    select substance_id, sum(n_sites) as n_api_sites, count(*) as n_api_countries
    from by_country
    group by substance_id
),
shares as (
    select b.substance_id, b.country_iso2, b.n_sites / t.n_api_sites as share
    from by_country b
    join totals t using (substance_id)
),
top as (
    select substance_id,
        first(country_iso2 order by share desc, country_iso2) as top_api_country,
        max(share) as top_api_country_share, sum(share * share) as hhi_api
    from shares
    group by substance_id
),
final as (
    select
        p.substance_id,
        coalesce(t.n_api_sites, 0)::bigint as n_api_sites,
        coalesce(t.n_api_countries, 0)::bigint as n_api_countries,
        top.hhi_api,
        top.top_api_country,
        top.top_api_country_share,
        coalesce(t.n_api_countries, 0) = 1 as single_country_api
    from substances p
    left join totals t using (substance_id)
    left join top using (substance_id)
)
select * from final order by substance_id
