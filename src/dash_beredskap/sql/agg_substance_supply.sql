-- Built at load time: one row per substance, its whole supply picture and vulnerability score.
-- The source stage is the active substance (api) for medicines and the finished product (fpp)
-- for devices and protective equipment, which have no active substance.
-- Vulnerability score 0..100 = 100 x (0.35 concentration + 0.25 few sources
--   + 0.25 outside EU/EEA + 0.15 shortage history); see docs/method.md.
create or replace table agg_substance_supply as
with as_of as (
    select coalesce(
        (select max(snapshot_date) from stock_snapshots),
        (select max(updated_on) from shortages),
        date '2000-01-01'
    ) as as_of_date
),
current_list as (
    select substance_id from stg_priority_current
),
links as (
    select
        ss.substance_id,
        s.site_id,
        s.site_type,
        s.company_id,
        s.country_iso2,
        c.is_eu_eea,
        c.is_nordic,
        (p.category = 'medicine' and s.site_type = 'api')
            or (p.category <> 'medicine' and s.site_type = 'fpp') as is_source_stage
    from site_substances ss
    join sites s using (site_id)
    join countries c on c.iso2 = s.country_iso2
    join substances p using (substance_id)
),
by_substance as (
    select
        substance_id,
        count(*) filter (where is_source_stage) as n_source_sites,
        count(distinct country_iso2) filter (where is_source_stage) as n_source_countries,
        count(distinct company_id) filter (where is_source_stage) as n_source_companies,
        count(*) filter (where is_source_stage and is_eu_eea) as n_source_sites_eu_eea,
        count(*) filter (where site_type = 'fpp') as n_fpp_sites,
        count(distinct country_iso2) filter (where site_type = 'fpp') as n_fpp_countries,
        count(*) filter (where is_nordic) as n_nordic_sites,
        count(*) filter (where is_nordic and site_type = 'api') as n_nordic_api_sites,
        count(*) filter (where is_nordic and site_type = 'fpp') as n_nordic_fpp_sites,
        count(*) filter (where country_iso2 = 'SE') as n_swedish_sites
    from links
    group by substance_id
),
source_country as (
    select substance_id, country_iso2, count(*) as n_sites
    from links
    where is_source_stage
    group by substance_id, country_iso2
),
source_hhi as (
    select substance_id, sum(n_sites * n_sites) as sum_sq
    from source_country
    group by substance_id
),
shortage_counts as (
    select
        sh.substance_id,
        count(*) filter (where sh.resolved_date is null or sh.resolved_date > a.as_of_date)
            as n_active_shortages,
        count(*) filter (where sh.start_date > a.as_of_date - interval 3 year)
            as n_shortages_3y
    from shortages sh, as_of a
    where sh.start_date <= a.as_of_date
    group by sh.substance_id
),
joined as (
    select
        p.substance_id,
        p.name_sv,
        p.name_en,
        p.atc_code,
        p.atc_l4,
        p.category,
        p.substance_id in (select substance_id from current_list) as is_priority,
        case when p.category = 'medicine' then 'api' else 'fpp' end as source_stage,
        coalesce(b.n_source_sites, 0)::bigint as n_source_sites,
        coalesce(b.n_source_countries, 0)::bigint as n_source_countries,
        coalesce(b.n_source_companies, 0)::bigint as n_source_companies,
        case when b.n_source_sites > 0 then h.sum_sq / (b.n_source_sites ^ 2) end
            as hhi_source,
        case when b.n_source_sites > 0 then b.n_source_sites_eu_eea / b.n_source_sites end
            as eu_eea_share_source,
        coalesce(b.n_fpp_sites, 0)::bigint as n_fpp_sites,
        coalesce(b.n_fpp_countries, 0)::bigint as n_fpp_countries,
        coalesce(b.n_nordic_sites, 0)::bigint as n_nordic_sites,
        coalesce(b.n_nordic_api_sites, 0)::bigint as n_nordic_api_sites,
        coalesce(b.n_nordic_fpp_sites, 0)::bigint as n_nordic_fpp_sites,
        coalesce(b.n_swedish_sites, 0)::bigint as n_swedish_sites,
        coalesce(s.n_active_shortages, 0)::bigint as n_active_shortages,
        coalesce(s.n_shortages_3y, 0)::bigint as n_shortages_3y
    from substances p
    left join by_substance b using (substance_id)
    left join source_hhi h using (substance_id)
    left join shortage_counts s using (substance_id)
),
components as (
    select
        *,
        -- no known source counts as the worst case on every supply component
        coalesce(hhi_source, 1.0) as score_concentration,
        case when n_source_sites <= 1 then 1.0 else 1.0 / n_source_sites end as score_few_sources,
        1.0 - coalesce(eu_eea_share_source, 0.0) as score_outside_eu_eea,
        least(n_shortages_3y, 3) / 3.0 as score_shortage_history
    from joined
),
points as (
    -- the weights live here only: each component's points on the 0..100 scale
    select
        *,
        100 * 0.35 * score_concentration as points_concentration,
        100 * 0.25 * score_few_sources as points_few_sources,
        100 * 0.25 * score_outside_eu_eea as points_outside_eu_eea,
        100 * 0.15 * score_shortage_history as points_shortage_history
    from components
),
final as (
    select
        *,
        round(
            points_concentration + points_few_sources + points_outside_eu_eea
            + points_shortage_history,
            1
        ) as vulnerability_score,
        n_source_sites = 0 as has_no_known_source,
        is_priority and n_nordic_sites = 0 as is_nordic_gap
    from points
)
select * from final order by substance_id
