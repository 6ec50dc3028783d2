-- v_grant_ledger summed per year and instrument (SEK), for one recipient ($recipient) or all.
with ledger as (
    select * from agg_grant_ledger
    where $recipient::varchar is null or region_code = $recipient
),

final as (
    select
        l.year,
        l.instrument_id,
        name_in($lang, i.name_sv, i.name_en) as instrument_name,
        i.year as instrument_year,
        sum(l.allocated_sek)::bigint as allocated_sek,
        sum(l.requisitioned_sek)::bigint as requisitioned_sek,
        sum(l.used_sek)::bigint as used_sek,
        sum(l.repaid_sek)::bigint as repaid_sek
    from ledger as l
    inner join grant_instruments as i using (instrument_id)
    group by all
)

select * from final
order by year, instrument_year, instrument_id
