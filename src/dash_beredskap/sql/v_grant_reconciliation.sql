-- Every inconsistency in the grant money, one row each, with the rule it breaks and the two
-- amounts compared. Empty when the books agree. Rules (docs/method.md, "Reconciliation"):
--   allocations_not_total         an instrument's allocations do not sum to its total_sek
--   requisitioned_over_allocated  a recipient requisitioned more than it was allocated
--   used_over_allocated           a recipient reported more use than it was allocated
--   repaid_over_unused            a recipient repaid more than it left unused
--                                 (requisitioned - used, at least 0)
--   use_outside_usage_window      use reported for a year outside the usage window's years
-- Listed rule by rule in the order above (grant_rule_order in macros.sql), then by instrument.
create or replace view v_grant_reconciliation as
with instruments as (
    select * from grant_instruments
),
allocated as (
    select instrument_id, recipient_code, sum(allocated_sek) as allocated_sek
    from grant_allocations
    group by all
),
requisitioned as (
    select instrument_id, recipient_code, sum(amount_sek) as requisitioned_sek
    from grant_requisitions
    group by all
),
used as (
    select instrument_id, recipient_code, sum(used_sek) as used_sek
    from grant_use
    group by all
),
repaid as (
    select instrument_id, recipient_code, sum(amount_sek) as repaid_sek
    from grant_repayments
    group by all
),
per_recipient as (
    select
        instrument_id,
        recipient_code,
        coalesce(allocated_sek, 0) as allocated_sek,
        coalesce(requisitioned_sek, 0) as requisitioned_sek,
        coalesce(used_sek, 0) as used_sek,
        coalesce(repaid_sek, 0) as repaid_sek
    from allocated
    full join requisitioned using (instrument_id, recipient_code)
    full join used using (instrument_id, recipient_code)
    full join repaid using (instrument_id, recipient_code)
),
allocations_not_total as (
    select
        'allocations_not_total' as rule,
        i.instrument_id,
        null as recipient_code,
        null::integer as year,
        coalesce(sum(a.allocated_sek), 0) as amount_sek,
        i.total_sek as limit_sek
    from instruments i
    left join grant_allocations a using (instrument_id)
    group by i.instrument_id, i.total_sek
    having coalesce(sum(a.allocated_sek), 0) <> i.total_sek
),
requisitioned_over_allocated as (
    select 'requisitioned_over_allocated', instrument_id, recipient_code, null::integer,
        requisitioned_sek, allocated_sek
    from per_recipient
    where requisitioned_sek > allocated_sek
),
used_over_allocated as (
    select 'used_over_allocated', instrument_id, recipient_code, null::integer,
        used_sek, allocated_sek
    from per_recipient
    where used_sek > allocated_sek
),
repaid_over_unused as (
    select 'repaid_over_unused', instrument_id, recipient_code, null::integer,
        repaid_sek, greatest(requisitioned_sek - used_sek, 0)
    from per_recipient
    where repaid_sek > greatest(requisitioned_sek - used_sek, 0)
),
use_outside_usage_window as (
    select 'use_outside_usage_window', u.instrument_id, u.recipient_code, u.year,
        sum(u.used_sek), 0
    from grant_use u
    join instruments i using (instrument_id)
    where (i.usage_start is not null and u.year < year(i.usage_start))
       or (i.usage_end is not null and u.year > year(i.usage_end))
    group by all
),
findings as (
    select * from allocations_not_total
    union all select * from requisitioned_over_allocated
    union all select * from used_over_allocated
    union all select * from repaid_over_unused
    union all select * from use_outside_usage_window
),
final as (
    select
        rule,
        instrument_id,
        recipient_code as region_code,
        year::integer as year,
        amount_sek::bigint as amount_sek,
        limit_sek::bigint as limit_sek,
        (amount_sek - limit_sek)::bigint as difference_sek
    from findings
)
select * from final
order by grant_rule_order(rule), instrument_id, region_code nulls first, year nulls first
