-- v_grant_instruments: every instrument with its facts, oldest first.
with source as (
    select * from agg_grant_instruments
),

final as (
    select
        instrument_id,
        name_in($lang, name_sv, name_en) as instrument_name,
        year,
        recipient,
        total_sek,
        distribution_key,
        population_ref_date,
        requisition_deadline,
        usage_start,
        usage_end,
        repayment_deadline,
        report_deadline,
        source_document,
        n_recipients,
        n_published,
        allocated_sek,
        allocation_basis
    from source
)

select * from final
order by year, instrument_id
