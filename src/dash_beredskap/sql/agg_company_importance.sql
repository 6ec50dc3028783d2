-- One row per company, for goods and services (the 2024 assignment: "varor och tjänster"): its
-- sites, the priority items it makes at the source stage and for how many of those it is the
-- only source or one of two (the ranking that informs the vital flag), and the services it
-- provides (company_services), each possibly flagged as of vital importance. A service company
-- with no site has a row too.
-- Built at load time (a 400 000-link join at national scale): the Företag page reads one row
-- per company. Reads only columns of agg_substance_supply a stock load leaves alone (is_priority,
-- source_stage, n_source_companies), so a stock load need not rebuild it.
create or replace table agg_company_importance as
with supply as (
    select substance_id, source_stage, n_source_companies
    from agg_substance_supply
    where is_priority
),
service_only as (
    select
        company_id,
        min(company_name) as company_name,
        min(hq_country_iso2) as hq_country_iso2,
        false as is_vital
    from company_services
    where company_id not in (select company_id from companies)
    group by company_id
),
all_companies as (
    select company_id, company_name, hq_country_iso2, is_vital from companies
    union all
    select * from service_only
),
company_items as (
    select distinct s.company_id, ss.substance_id, p.n_source_companies
    from site_substances ss
    join sites s using (site_id)
    join supply p on p.substance_id = ss.substance_id and p.source_stage = s.site_type
),
items as (
    select
        company_id,
        count(*) as n_priority_items,
        count(*) filter (where n_source_companies = 1) as n_sole_source,
        count(*) filter (where n_source_companies = 2) as n_one_of_two
    from company_items
    group by company_id
),
site_counts as (
    select
        company_id,
        count(*) as n_sites,
        count(distinct country_iso2) as n_countries,
        count(*) filter (where site_type = 'api') as n_api_sites,
        count(*) filter (where site_type = 'fpp') as n_fpp_sites,
        count(*) filter (where site_type = 'packaging') as n_packaging_sites
    from sites
    group by company_id
),
services as (
    select
        company_id,
        count(*) as n_services,
        count(*) filter (where is_vital) as n_vital_services,
        string_agg(service, ', ' order by service) as services,
        string_agg(service, ', ' order by service) filter (where is_vital) as vital_services
    from company_services
    group by company_id
),
final as (
    select
        k.company_id,
        k.company_name,
        k.hq_country_iso2,
        k.is_vital or coalesce(sv.n_vital_services, 0) > 0 as is_vital,
        k.is_vital as is_vital_goods,
        coalesce(sv.n_vital_services, 0) > 0 as is_vital_services,
        coalesce(sc.n_sites, 0)::bigint as n_sites,
        coalesce(sc.n_countries, 0)::bigint as n_countries,
        coalesce(sc.n_api_sites, 0)::bigint as n_api_sites,
        coalesce(sc.n_fpp_sites, 0)::bigint as n_fpp_sites,
        coalesce(sc.n_packaging_sites, 0)::bigint as n_packaging_sites,
        coalesce(i.n_priority_items, 0)::bigint as n_priority_items,
        coalesce(i.n_sole_source, 0)::bigint as n_sole_source,
        coalesce(i.n_one_of_two, 0)::bigint as n_one_of_two,
        coalesce(sv.n_services, 0)::bigint as n_services,
        sv.services,
        sv.vital_services,
        -- the ranking's question for the flag: sole source of a priority item, yet not flagged
        -- for its goods
        not k.is_vital and coalesce(i.n_sole_source, 0) > 0 as is_sole_source_unflagged
    from all_companies k
    left join site_counts sc using (company_id)
    left join items i using (company_id)
    left join services sv using (company_id)
)
select * from final
order by n_sole_source desc, n_one_of_two desc, n_priority_items desc, company_id
