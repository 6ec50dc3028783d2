-- Every country by its name in $lang, with its number of manufacturing sites (0 if none).
with countries as (
    select * from countries
),
sites as (
    select * from sites
),
counted as (
    select country_iso2, count(*) as n_sites
    from sites
    group by country_iso2
),
final as (
    select
        c.iso2 as country_iso2,
        name_in($lang, c.name_sv, c.name_en) as country_name,
        c.is_eu_eea,
        c.is_nordic,
        coalesce(n.n_sites, 0) as n_sites
    from countries c
    left join counted n on n.country_iso2 = c.iso2
)
select * from final order by country_name, country_iso2
