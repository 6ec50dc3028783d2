-- One row per grant instrument (agreement or grant): the agreement's own facts as loaded
-- (amount, recipients, key, deadlines, source document) and what has been allocated of it.
create or replace view v_grant_instruments as
with instruments as (
    select * from grant_instruments
),
allocations as (
    select
        instrument_id,
        count(*) as n_recipients,
        count(*) filter (where basis = 'published') as n_published,
        sum(allocated_sek)::bigint as allocated_sek,
        case
            when bool_and(basis = 'published') then 'published'
            when bool_and(basis = 'computed') then 'computed'
            else 'mixed'
        end as allocation_basis
    from grant_allocations
    group by instrument_id
),
final as (
    select
        i.instrument_id,
        i.name_sv,
        i.name_en,
        i.year,
        i.recipient,
        i.total_sek,
        i.distribution_key,
        i.population_ref_date,
        i.requisition_deadline,
        i.usage_start,
        i.usage_end,
        i.repayment_deadline,
        i.report_deadline,
        i.source_document,
        coalesce(a.n_recipients, 0)::bigint as n_recipients,
        coalesce(a.n_published, 0)::bigint as n_published,
        coalesce(a.allocated_sek, 0)::bigint as allocated_sek,
        a.allocation_basis
    from instruments i
    left join allocations a using (instrument_id)
)
select * from final order by year, instrument_id
