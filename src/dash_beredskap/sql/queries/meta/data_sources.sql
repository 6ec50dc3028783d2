-- Table data_sources: every data set built or loaded; provenance real, computed or synthetic.
with source as (
    select * from data_sources
),

final as (
    select
        dataset,
        title,
        is_synthetic,
        is_computed,
        case
            when is_synthetic then 'synthetic'
            when is_computed then 'computed'
            else 'real'
        end as provenance,
        source,
        licence,
        loaded_at,
        n_rows,
        file_name
    from source
)

select * from final
order by dataset, loaded_at desc
