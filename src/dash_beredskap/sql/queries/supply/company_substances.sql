-- What one company makes: one row per substance, sole-source priority items first.
with made as (
    select
        ss.substance_id,
        string_agg(distinct s.site_type, ', ' order by s.site_type) as site_types,
        list(distinct s.site_type) as types,
        count(*) as n_sites
    from site_substances ss
    join sites s using (site_id)
    where s.company_id = $company_id
    group by ss.substance_id
),
joined as (
    select
        v.substance_id,
        name_in($lang, v.name_sv, v.name_en) as substance_name,
        v.atc_code,
        v.is_priority,
        m.site_types,
        m.n_sites,
        -- a site at the substance's source stage
        list_contains(m.types, v.source_stage) as is_source,
        v.n_source_companies,
        v.vulnerability_score
    from made m
    join v_substance_supply v using (substance_id)
),
final as (
    select
        * exclude (n_source_companies),
        case when is_source then n_source_companies end as n_source_companies,
        is_source and n_source_companies = 1 as is_sole_source,
        is_source and n_source_companies = 2 as is_one_of_two
    from joined
)
select * from final
order by is_priority desc, is_sole_source desc, is_one_of_two desc,
    vulnerability_score desc, substance_name
