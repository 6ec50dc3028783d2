-- Table regions: code and name of every region (the drill-down's choices).
with source as (
    select region_code, region_name from regions
),

final as (
    select * from source
)

select * from final
order by region_code
