-- Built at load time: every company with its number of sites and of the distinct items they
-- make (0 if none), so the scenario builder's company search reads one narrow table instead
-- of counting every link of every company on each search.
create or replace table agg_scenario_companies as
with companies as (
    select * from companies
),
sites as (
    select * from sites
),
links as (
    select * from site_substances
),
final as (
    select
        co.company_id,
        co.company_name,
        count(distinct s.site_id) as n_sites,
        count(distinct l.substance_id) as n_substances
    from companies co
    left join sites s using (company_id)
    left join links l using (site_id)
    group by co.company_id, co.company_name
)
select * from final order by company_name, company_id
