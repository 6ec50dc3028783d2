-- The substances of $list_version (null: all) against the Nordic sites, one row. Making = a
-- site for the active substance or the finished product; packing alone is not making.
with source as (
    select * from v_substance_supply
),
chosen as (
    select * from chosen_substances(null, null, $list_version)
),
final as (
    select
        count(*) as n_items,
        count(*) filter (where nordic_can_make(v.n_nordic_api_sites, v.n_nordic_fpp_sites))
            as n_nordic_making,
        count(*) filter (where v.n_swedish_making_sites > 0) as n_swedish_making,
        count(*) filter (where not nordic_can_make(v.n_nordic_api_sites, v.n_nordic_fpp_sites))
            as n_gaps,
        count(*) filter (
            where not nordic_can_make(v.n_nordic_api_sites, v.n_nordic_fpp_sites)
              and v.n_nordic_packaging_sites > 0
        ) as n_packaging_only
    from source v
    semi join chosen c on c.substance_id = v.substance_id
)
select * from final
