-- One row per instrument, year and recipient (a region code or 'SKR'): money allocated (in the
-- instrument's year), requisitioned, used and repaid (each in the year it happened).
create or replace view v_grant_ledger as
with allocated as (
    select a.instrument_id, i.year, a.recipient_code, a.allocated_sek, 0 as requisitioned_sek,
        0 as used_sek, 0 as repaid_sek
    from grant_allocations a
    join grant_instruments i using (instrument_id)
),
requisitioned as (
    select instrument_id, year(requisitioned_on) as year, recipient_code, 0, amount_sek, 0, 0
    from grant_requisitions
),
used as (
    select instrument_id, year, recipient_code, 0, 0, used_sek, 0
    from grant_use
),
repaid as (
    select instrument_id, year(repaid_on) as year, recipient_code, 0, 0, 0, amount_sek
    from grant_repayments
),
movements as (
    select * from allocated
    union all select * from requisitioned
    union all select * from used
    union all select * from repaid
),
final as (
    select
        instrument_id,
        year::integer as year,
        recipient_code as region_code,
        sum(allocated_sek)::bigint as allocated_sek,
        sum(requisitioned_sek)::bigint as requisitioned_sek,
        sum(used_sek)::bigint as used_sek,
        sum(repaid_sek)::bigint as repaid_sek
    from movements
    group by instrument_id, year, recipient_code
)
select * from final order by instrument_id, year, region_code
