-- Table grant_instruments: the instruments paid to the regions, for the time axes. The file
-- holds no signing date: marker_date is the usage start, else 1 January of the year.
with source as (
    select * from grant_instruments
    where recipient = 'regions'
),

final as (
    select
        coalesce(usage_start, make_date(year, 1, 1)) as marker_date,
        instrument_id,
        name_in($lang, name_sv, name_en) as instrument_name,
        year,
        total_sek
    from source
)

select * from final
order by marker_date, instrument_id
