-- The builder's site search: at most $limit sites whose id, company, city or country (in
-- $lang) contains $text (any case; '' matches every site), by company name and site id, with
-- the site's type. Reads the narrow site summary built at load time (100 000 sites at
-- national scale), never the whole list to the page.
with summary as (
    select * from agg_site_summary
),
named as (
    select
        site_id,
        company_name,
        site_type,
        city,
        name_in($lang, country_name_sv, country_name_en) as country_name
    from summary
),
final as (
    select site_id, company_name, site_type, city, country_name
    from named
    where contains(lower(site_id), lower($text))
        or contains(lower(company_name), lower($text))
        or contains(lower(city), lower($text))
        or contains(lower(country_name), lower($text))
    order by company_name, site_id
    limit $limit
)
select * from final order by company_name, site_id
