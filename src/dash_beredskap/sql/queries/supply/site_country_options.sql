-- The countries that have a site, with their site count.
with source as (
    select * from v_site_map
),
final as (
    select
        country_iso2,
        any_value(name_in($lang, country_name_sv, country_name_en)) as country_name,
        count(*) as n_sites
    from source
    group by country_iso2
)
select * from final
order by country_name, country_iso2
