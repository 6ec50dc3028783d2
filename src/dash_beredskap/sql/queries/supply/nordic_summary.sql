-- The substances of $list_version (null: all) against the Nordic sites, one row.
with source as (
    select * from v_substance_supply
),
chosen as (
    select * from chosen_substances(null, null, $list_version)
),
final as (
    select
        count(*) as n_items,
        count(*) filter (where v.n_nordic_sites > 0) as n_with_nordic_site,
        count(*) filter (where v.n_swedish_sites > 0) as n_with_swedish_site,
        count(*) filter (where v.n_nordic_sites = 0) as n_gaps
    from source v
    semi join chosen c on c.substance_id = v.substance_id
)
select * from final
