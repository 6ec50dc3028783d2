-- Built at load time: one row per substance, how concentrated its active-substance (API) making is.
-- hhi_api = sum over countries of (the country's share of the substance's API sites)^2, 0..1,
-- computed as sum(n_country^2) / n^2.
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
top as (
    -- integer sums, so the result does not depend on the order of a parallel float sum
    select
        b.substance_id,
        first(b.country_iso2 order by b.n_sites desc, b.country_iso2) as top_api_country,
        max(b.n_sites) / any_value(t.n_api_sites) as top_api_country_share,
        sum(b.n_sites * b.n_sites) / (any_value(t.n_api_sites) ^ 2) as hhi_api
    from by_country b
    join totals t using (substance_id)
    group by b.substance_id
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
