-- Table data_sources: every data set built or loaded, real or synthetic.
with source as (
    select * from data_sources
),

final as (
    select dataset, title, is_synthetic, source, licence, loaded_at, n_rows, file_name
    from source
)

select * from final
order by dataset, loaded_at desc
