-- v_company_importance with the head-office country's name, narrowed by $show, ranked.
with source as (
    select * from v_company_importance
),
final as (
    select
        v.*,
        name_in($lang, c.name_sv, c.name_en) as hq_country_name
    from source v
    left join countries c on c.iso2 = v.hq_country_iso2
    where $show = 'all'
       or ($show = 'vital' and v.is_vital)
       or ($show = 'few_sources' and v.n_sole_source + v.n_one_of_two > 0)
       or ($show = 'unflagged' and v.is_sole_source_unflagged)
       or ($show = 'services' and v.n_services > 0)
)
select * from final
order by n_sole_source desc, n_one_of_two desc, n_priority_items desc, company_name, company_id
