-- v_grant_ledger row by row with the instrument's and the recipient's names.
with source as (
    select * from agg_grant_ledger
),

final as (
    select
        l.instrument_id,
        name_in($lang, i.name_sv, i.name_en) as instrument_name,
        i.year as instrument_year,
        l.year,
        l.region_code,
        coalesce(r.region_name, l.region_code) as recipient_name,
        l.allocated_sek,
        l.requisitioned_sek,
        l.used_sek,
        l.repaid_sek
    from source as l
    inner join grant_instruments as i using (instrument_id)
    left join regions as r using (region_code)
)

select * from final
order by instrument_year, instrument_id, year, region_code
