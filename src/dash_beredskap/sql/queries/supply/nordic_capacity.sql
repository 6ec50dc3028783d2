-- The chosen substances (substance filters only) with a Nordic site, per type and country, and
-- what the Nordic countries do with each: make it (API, finished product) or only pack it.
with supply as (
    select * from v_substance_supply
),
chosen as (
    select * from chosen_substances($sel_substance, $sel_atc, $sel_list_version)
),
nordic_sites as (
    select
        ss.substance_id,
        count(*) filter (where s.country_iso2 = 'SE') as n_sites_se,
        count(*) filter (where s.country_iso2 = 'NO') as n_sites_no,
        count(*) filter (where s.country_iso2 = 'DK') as n_sites_dk,
        count(*) filter (where s.country_iso2 = 'FI') as n_sites_fi,
        count(*) filter (where s.country_iso2 = 'IS') as n_sites_is,
        -- making capacity: packaging sites left out
        sum(s.capacity_index) filter (where s.site_type in ('api', 'fpp'))
            as nordic_capacity_index_sum
    from site_substances ss
    join v_site_map s using (site_id)
    where s.is_nordic
    group by ss.substance_id
),
final as (
    select
        v.substance_id,
        name_in($lang, v.name_sv, v.name_en) as substance_name,
        v.atc_code,
        v.category,
        case
            when v.n_nordic_api_sites > 0 and v.n_nordic_fpp_sites > 0 then 'makes_api_and_fpp'
            when v.n_nordic_api_sites > 0 then 'makes_api'
            when v.n_nordic_fpp_sites > 0 then 'makes_fpp'
            else 'packs_only'
        end as nordic_role,
        v.n_nordic_sites,
        v.n_nordic_api_sites,
        v.n_nordic_fpp_sites,
        v.n_nordic_packaging_sites,
        v.n_swedish_sites,
        n.n_sites_se,
        n.n_sites_no,
        n.n_sites_dk,
        n.n_sites_fi,
        n.n_sites_is,
        n.nordic_capacity_index_sum,
        v.n_source_sites,
        v.vulnerability_score
    from supply v
    semi join chosen s on s.substance_id = v.substance_id
    join nordic_sites n using (substance_id)
    where v.n_nordic_sites > 0
)
select * from final
order by nordic_role = 'packs_only', n_nordic_sites desc, substance_name, substance_id
