-- The public's view of where things are made: sites and companies counted per country, with
-- no company or site name and no coordinate; every count under 3 suppressed (suppress_small).
-- Every type of site together, on purpose: per-type counts beside the total would give a
-- suppressed count back by subtraction.
with chosen as (
    select country_iso2, country_name_sv, country_name_en, is_eu_eea, company_id
    from v_site_map
),
by_country as (
    select
        country_iso2,
        any_value(country_name_sv) as country_name_sv,
        any_value(country_name_en) as country_name_en,
        any_value(is_eu_eea) as is_eu_eea,
        count(*) as n_sites,
        count(distinct company_id) as n_companies
    from chosen
    group by country_iso2
),
final as (
    select
        country_iso2,
        name_in($lang, country_name_sv, country_name_en) as country_name,
        is_eu_eea,
        suppress_small(n_sites)::bigint as n_sites,
        suppress_small(n_companies)::bigint as n_companies
    from by_country
)
-- suppressed rows last, by name: their order must not tell a 2 from a 1
select * from final
order by n_sites desc nulls last, country_name
