-- Where one substance is made, per country and site type, with the country group the score uses.
with sites as (
    select m.*
    from v_site_map m
    semi join site_substances ss
        on ss.site_id = m.site_id and ss.substance_id = $substance_id
),
by_country as (
    select
        country_iso2,
        any_value(name_in($lang, country_name_sv, country_name_en)) as country_name,
        any_value(is_eu_eea) as is_eu_eea,
        any_value(is_nordic) as is_nordic,
        count(*) as n_sites,
        count(*) filter (where site_type = 'api') as n_api_sites,
        count(*) filter (where site_type = 'fpp') as n_fpp_sites,
        count(*) filter (where site_type = 'packaging') as n_packaging_sites,
        count(distinct company_id) as n_companies
    from sites
    group by country_iso2
),
final as (
    select
        b.*,
        g.country_group,
        name_in($lang, g.group_label_sv, g.group_label_en) as group_label
    from by_country b
    join stg_country_groups g on g.iso2 = b.country_iso2
)
select * from final
order by n_sites desc, country_name
