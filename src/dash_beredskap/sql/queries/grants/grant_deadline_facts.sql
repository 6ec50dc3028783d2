-- v_grant_deadlines with what is known on $as_of (null: today) to judge each deadline.
-- A money column is null when the instrument has no rows of that kind at all (not loaded).
-- A report deadline is judged from table reports (submitted_on), never from grant use.
with params as (
    select coalesce($as_of::date, current_date) as as_of
),

deadlines as (
    select * from agg_grant_deadlines
    where $recipient::varchar is null or region_code = $recipient
),

requisitioned as (
    select
        d.instrument_id,
        d.region_code,
        d.deadline_kind,
        coalesce(sum(q.amount_sek) filter (where q.requisitioned_on <= p.as_of), 0)
            as requisitioned_sek,
        coalesce(sum(q.amount_sek) filter (
            where q.requisitioned_on <= least(p.as_of, d.deadline_date)
        ), 0) as requisitioned_by_deadline_sek
    from deadlines as d
    cross join params as p
    left join grant_requisitions as q
        on q.instrument_id = d.instrument_id and q.recipient_code = d.region_code
    group by all
),

-- a year's use is known once the year is over: only years before as_of's year count
used as (
    select
        d.instrument_id,
        d.region_code,
        d.deadline_kind,
        coalesce(sum(u.used_sek), 0) as used_sek,
        count(u.used_sek) > 0 as use_reported
    from deadlines as d
    cross join params as p
    left join grant_use as u
        on u.instrument_id = d.instrument_id and u.recipient_code = d.region_code
        and u.year < year(p.as_of)
    group by all
),

repaid as (
    select
        d.instrument_id,
        d.region_code,
        d.deadline_kind,
        coalesce(sum(x.amount_sek) filter (where x.repaid_on <= p.as_of), 0) as repaid_sek
    from deadlines as d
    cross join params as p
    left join grant_repayments as x
        on x.instrument_id = d.instrument_id and x.recipient_code = d.region_code
    group by all
),

submitted as (
    select
        d.instrument_id,
        d.region_code,
        d.deadline_kind,
        min(rp.submitted_on) as report_submitted_on
    from deadlines as d
    left join reports as rp
        on d.deadline_kind = 'report'
        and rp.instrument_id = d.instrument_id
        and rp.recipient_code = d.region_code
        and rp.due_date = d.deadline_date
    group by all
),

final as (
    select
        d.instrument_id,
        name_in($lang, i.name_sv, i.name_en) as instrument_name,
        d.instrument_year,
        d.region_code,
        coalesce(r.region_name, d.region_code) as recipient_name,
        d.deadline_kind,
        d.deadline_date,
        d.usage_end,
        (select as_of from params) as as_of,
        case when d.instrument_id in (select instrument_id from grant_requisitions)
            then q.requisitioned_sek end::bigint as requisitioned_sek,
        case when d.instrument_id in (select instrument_id from grant_requisitions)
            then q.requisitioned_by_deadline_sek end::bigint as requisitioned_by_deadline_sek,
        case when d.instrument_id in (select instrument_id from grant_use)
            then u.used_sek end::bigint as used_sek,
        u.use_reported,
        case when d.instrument_id in (select instrument_id from grant_repayments)
            then x.repaid_sek end::bigint as repaid_sek,
        s.report_submitted_on,
        d.instrument_id in (select instrument_id from reports) as reports_loaded
    from deadlines as d
    inner join grant_instruments as i using (instrument_id)
    left join regions as r using (region_code)
    inner join requisitioned as q using (instrument_id, region_code, deadline_kind)
    inner join used as u using (instrument_id, region_code, deadline_kind)
    inner join repaid as x using (instrument_id, region_code, deadline_kind)
    inner join submitted as s using (instrument_id, region_code, deadline_kind)
)

select * from final
order by deadline_date, instrument_id, deadline_kind, region_code
