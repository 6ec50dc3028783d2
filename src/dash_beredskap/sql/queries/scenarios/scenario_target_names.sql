-- The companies and sites a page's scenarios name ($companies, $sites: ids), with what a
-- reader knows them by: a company's name, a site's company, type, city and country (in
-- $lang). An id that is not in the database has no row (a link older than the data).
with companies as (
    select * from companies
),
summary as (
    select * from agg_site_summary
),
named_companies as (
    select
        'company' as kind,
        company_id as target,
        company_name,
        null::varchar as site_type,
        null::varchar as city,
        null::varchar as country_name
    from companies
    where list_contains($companies::varchar[], company_id)
),
named_sites as (
    select
        'site' as kind,
        site_id as target,
        company_name,
        site_type,
        city,
        name_in($lang, country_name_sv, country_name_en) as country_name
    from summary
    where list_contains($sites::varchar[], site_id)
),
final as (
    select * from named_companies
    union all
    select * from named_sites
)
select * from final order by kind, target
