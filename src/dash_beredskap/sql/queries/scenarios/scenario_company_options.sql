-- Every company by name, with its number of sites and of the items they make (0 if none).
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
