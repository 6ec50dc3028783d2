-- Built at load time: one row per substance, its whole supply picture and vulnerability score.
-- The source stage is the active substance (api) for medicines and the finished product (fpp)
-- for devices and protective equipment, which have no active substance.
-- Vulnerability score 0..100 = 100 x (0.35 concentration + 0.25 few sources
--   + 0.25 outside EU/EEA + 0.15 shortage history); see docs/method.md.
-- The score counts suppliers, not sites (issue 12): several sites of one company are one
-- source. Each source company weighs the same, its weight split evenly over its sites; when
-- every source site of the substance has a capacity_index, each site weighs its capacity
-- instead (supplier_weighting says which). Concentration = HHI over countries of that supply;
-- few sources = 1 / companies; outside EU/EEA = the supply's weighted mean of the countries'
-- outside_weight (country groups, stg_country_groups).
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
        s.capacity_index,
        g.country_group,
        g.outside_weight,
        (p.category = 'medicine' and s.site_type = 'api')
            or (p.category <> 'medicine' and s.site_type = 'fpp') as is_source_stage
    from site_substances ss
    join sites s using (site_id)
    join countries c on c.iso2 = s.country_iso2
    join stg_country_groups g on g.iso2 = s.country_iso2
    join substances p using (substance_id)
),
source_links as (
    select * from links where is_source_stage
),
source_basis as (
    select
        substance_id,
        count(distinct company_id) as n_companies,
        count(*) filter (where capacity_index is null) = 0 and sum(capacity_index) > 0
            as by_capacity,
        sum(capacity_index) as total_capacity
    from source_links
    group by substance_id
),
company_sites as (
    select substance_id, company_id, count(*) as n_company_sites
    from source_links
    group by substance_id, company_id
),
site_shares as (
    -- each source site's share of the substance's supply: its capacity share, or its
    -- company's equal share split over the company's sites
    select
        l.substance_id,
        l.company_id,
        l.country_iso2,
        l.country_group,
        l.outside_weight,
        case
            when b.by_capacity then l.capacity_index / b.total_capacity
            else 1.0 / b.n_companies / c.n_company_sites
        end as site_share
    from source_links l
    join source_basis b using (substance_id)
    join company_sites c using (substance_id, company_id)
),
country_shares as (
    select substance_id, country_iso2, sum(site_share) as country_share
    from site_shares
    group by substance_id, country_iso2
),
supplier_hhi as (
    -- rounded: a parallel float sum must not make the table depend on the order of rows
    select substance_id, round(sum(country_share * country_share), 10) as hhi_supply
    from country_shares
    group by substance_id
),
supplier_groups as (
    select
        substance_id,
        round(coalesce(sum(site_share) filter (where country_group = 'eu_eea'), 0), 10)
            as supplier_share_eu_eea,
        round(coalesce(sum(site_share) filter (where country_group = 'close_partner'), 0), 10)
            as supplier_share_close_partner,
        round(coalesce(sum(site_share) filter (where country_group = 'distant'), 0), 10)
            as supplier_share_distant,
        round(sum(site_share * outside_weight), 10) as outside_weighted
    from site_shares
    group by substance_id
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
        count(*) filter (where is_nordic and site_type = 'packaging') as n_nordic_packaging_sites,
        count(*) filter (where country_iso2 = 'SE') as n_swedish_sites,
        count(*) filter (where country_iso2 = 'SE' and site_type in ('api', 'fpp'))
            as n_swedish_making_sites
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
        case
            when sb.by_capacity then 'capacity' when sb.n_companies > 0 then 'companies'
        end as supplier_weighting,
        sh.hhi_supply,
        sg.supplier_share_eu_eea,
        sg.supplier_share_close_partner,
        sg.supplier_share_distant,
        sg.outside_weighted,
        coalesce(b.n_fpp_sites, 0)::bigint as n_fpp_sites,
        coalesce(b.n_fpp_countries, 0)::bigint as n_fpp_countries,
        coalesce(b.n_nordic_sites, 0)::bigint as n_nordic_sites,
        coalesce(b.n_nordic_api_sites, 0)::bigint as n_nordic_api_sites,
        coalesce(b.n_nordic_fpp_sites, 0)::bigint as n_nordic_fpp_sites,
        coalesce(b.n_nordic_packaging_sites, 0)::bigint as n_nordic_packaging_sites,
        coalesce(b.n_swedish_sites, 0)::bigint as n_swedish_sites,
        coalesce(b.n_swedish_making_sites, 0)::bigint as n_swedish_making_sites,
        coalesce(s.n_active_shortages, 0)::bigint as n_active_shortages,
        coalesce(s.n_shortages_3y, 0)::bigint as n_shortages_3y
    from substances p
    left join by_substance b using (substance_id)
    left join source_hhi h using (substance_id)
    left join source_basis sb using (substance_id)
    left join supplier_hhi sh using (substance_id)
    left join supplier_groups sg using (substance_id)
    left join shortage_counts s using (substance_id)
),
components as (
    select
        *,
        -- no known source counts as the worst case on every supply component
        coalesce(hhi_supply, 1.0) as score_concentration,
        case when n_source_companies <= 1 then 1.0 else 1.0 / n_source_companies end
            as score_few_sources,
        coalesce(outside_weighted, 1.0) as score_outside_eu_eea,
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
        -- packing is not making: a Nordic packaging site leaves the item a gap
        is_priority and not nordic_can_make(n_nordic_api_sites, n_nordic_fpp_sites)
            as is_nordic_gap
    from points
)
select * from final order by substance_id
