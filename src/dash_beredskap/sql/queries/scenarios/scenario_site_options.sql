-- Every site with its company, type, city and country name in $lang.
with sites as (
    select * from sites
),
companies as (
    select * from companies
),
countries as (
    select * from countries
),
final as (
    select
        s.site_id,
        co.company_name,
        s.site_type,
        s.city,
        name_in($lang, c.name_sv, c.name_en) as country_name
    from sites s
    join companies co using (company_id)
    join countries c on c.iso2 = s.country_iso2
)
select * from final order by company_name, site_id
