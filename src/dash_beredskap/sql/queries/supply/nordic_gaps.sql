-- The gap list by step of the chain: the chosen substances (substance filters only) the Nordic
-- countries cannot make. $step: 'make' (no Nordic site makes the API or the finished product;
-- packing does not count), 'api' (medicines with no Nordic API site), 'fpp' (no Nordic
-- finished-product site).
with source as (
    select * from supply_rows($lang)
),
chosen as (
    select * from chosen_substances($sel_substance, $sel_atc, $sel_list_version)
),
final as (
    select
        v.*,
        case when v.category = 'medicine' then v.n_nordic_api_sites > 0 end as nordic_has_api,
        v.n_nordic_fpp_sites > 0 as nordic_has_fpp,
        v.n_nordic_packaging_sites > 0 as nordic_has_packaging
    from source v
    semi join chosen s on s.substance_id = v.substance_id
    where case $step
        when 'api' then v.category = 'medicine' and v.n_nordic_api_sites = 0
        when 'fpp' then v.n_nordic_fpp_sites = 0
        else not nordic_can_make(v.n_nordic_api_sites, v.n_nordic_fpp_sites)
    end
)
select * from final
order by vulnerability_score desc, substance_name, substance_id
