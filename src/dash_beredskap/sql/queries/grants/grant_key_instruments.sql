-- v_grant_instruments: the instruments split among the regions by population, newest first.
with source as (
    select * from agg_grant_instruments
    where recipient = 'regions' and distribution_key = 'population'
),

final as (
    select
        instrument_id,
        name_in($lang, name_sv, name_en) as instrument_name,
        year,
        total_sek,
        population_ref_date,
        allocation_basis,
        n_recipients,
        n_published,
        source_document
    from source
)

select * from final
order by year desc, instrument_id desc
