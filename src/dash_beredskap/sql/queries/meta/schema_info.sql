-- Table schema_version: the newest version stamped in the file and when the file was created.
with source as (
    select * from schema_version
),

final as (
    select
        version as schema_version,
        created_at
    from source
)

select * from final
order by schema_version desc
limit 1
