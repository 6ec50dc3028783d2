-- The public views (v_*) present in the file: the analyst's contract.
with source as (
    select * from duckdb_views()
    where not internal and schema_name = 'main'
),

final as (
    select view_name
    from source
    where starts_with(view_name, 'v_')
)

select * from final
order by view_name
