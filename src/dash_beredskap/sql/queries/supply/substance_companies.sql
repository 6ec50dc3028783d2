-- The companies making one substance, sources first.
with supply as (
    select source_stage, n_source_companies
    from v_substance_supply
    where substance_id = $substance_id
),
sites as (
    select m.*
    from v_site_map m
    semi join site_substances ss
        on ss.site_id = m.site_id and ss.substance_id = $substance_id
),
companies as (
    select
        s.company_id,
        any_value(s.company_name) as company_name,
        any_value(s.is_vital) as is_vital,
        count(*) as n_sites,
        string_agg(distinct s.site_type, ', ' order by s.site_type) as site_types,
        string_agg(distinct name_in($lang, s.country_name_sv, s.country_name_en), ', ')
            as countries,
        -- a site at the substance's source stage
        bool_or(s.site_type = p.source_stage) as is_source,
        p.n_source_companies
    from sites s, supply p
    group by s.company_id, p.n_source_companies
),
final as (
    select
        *,
        is_source and n_source_companies = 1 as is_sole_source,
        is_source and n_source_companies = 2 as is_one_of_two
    from companies
)
select * from final
order by is_source desc, n_sites desc, company_name, company_id
