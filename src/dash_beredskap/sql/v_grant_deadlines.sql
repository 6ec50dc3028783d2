-- One row per instrument, recipient and deadline: the requisition deadline, the end of the
-- usage window, the repayment deadline and the reporting deadline, for every recipient with an
-- allocation. A deadline the agreement does not state has no row. Whether a deadline is met is
-- not stored: it depends on the date you ask about (metrics.deadline_status, as of a date).
create or replace view v_grant_deadlines as
with instruments as (
    select * from grant_instruments
),
deadlines as (
    select instrument_id, 1 as kind_order, 'requisition' as deadline_kind,
        requisition_deadline as deadline_date
    from instruments
    union all
    select instrument_id, 2, 'usage_end', usage_end from instruments
    union all
    select instrument_id, 3, 'repayment', repayment_deadline from instruments
    union all
    select instrument_id, 4, 'report', report_deadline from instruments
),
recipients as (
    select distinct instrument_id, recipient_code from grant_allocations
),
final as (
    select
        d.instrument_id,
        i.year as instrument_year,
        r.recipient_code as region_code,
        d.deadline_kind,
        d.deadline_date,
        i.usage_start,
        i.usage_end,
        d.kind_order
    from deadlines d
    join instruments i using (instrument_id)
    join recipients r using (instrument_id)
    where d.deadline_date is not null
)
select * exclude (kind_order)
from final
order by deadline_date, instrument_id, kind_order, region_code
