-- v_grant_ledger summed per region and instrument over all years (SEK); regions only, not SKR.
with source as (
    select * from agg_grant_ledger
),

final as (
    select
        l.region_code,
        r.region_name,
        region_short_name(r.region_name) as region_short_name,
        l.instrument_id,
        name_in($lang, i.name_sv, i.name_en) as instrument_name,
        i.year as instrument_year,
        sum(l.allocated_sek)::bigint as allocated_sek,
        sum(l.requisitioned_sek)::bigint as requisitioned_sek,
        sum(l.used_sek)::bigint as used_sek,
        sum(l.repaid_sek)::bigint as repaid_sek
    from source as l
    inner join regions as r using (region_code)
    inner join grant_instruments as i using (instrument_id)
    group by all
)

select * from final
order by region_code, instrument_year, instrument_id
