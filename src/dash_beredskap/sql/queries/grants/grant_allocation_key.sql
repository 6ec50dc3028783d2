-- v_grant_allocation_key of one instrument ($instrument_id; null: the newest population split).
with chosen as (
    select coalesce($instrument_id::varchar, (
        select instrument_id from agg_grant_instruments
        where recipient = 'regions' and distribution_key = 'population'
        order by year desc, instrument_id desc
        limit 1
    )) as instrument_id
),

final as (
    select
        k.*,
        coalesce(r.region_name, k.region_code) as region_name
    from agg_grant_allocation_key as k
    inner join chosen using (instrument_id)
    left join regions as r using (region_code)
)

select * from final
order by region_code
