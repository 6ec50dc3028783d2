-- v_company_importance in numbers, one row.
with source as (
    select * from v_company_importance
),
final as (
    select
        count(*) as n_companies,
        count(*) filter (where is_vital) as n_vital,
        count(*) filter (where n_sole_source > 0) as n_sole_source,
        count(*) filter (where n_sole_source + n_one_of_two > 0) as n_few_sources,
        count(*) filter (where is_sole_source_unflagged) as n_sole_source_unflagged,
        count(*) filter (where is_vital_goods) as n_vital_goods,
        count(*) filter (where is_vital_services) as n_vital_services
    from source
)
select * from final
