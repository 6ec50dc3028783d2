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
        u.instrument_id,
        u.recipient_code as region_code,
        sum(u.used_sek) as used_sek
    from grant_use as u
    cross join params as p
    where u.year < year(p.as_of)
    group by all
),

repaid as (
    select
        x.instrument_id,
        x.recipient_code as region_code,
        sum(x.amount_sek) as repaid_sek
    from grant_repayments as x
    cross join params as p
    where x.repaid_on <= p.as_of
    group by all
),

submitted as (
    select
        instrument_id,
        recipient_code as region_code,
        due_date as deadline_date,
        min(submitted_on) as report_submitted_on
    from reports
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
            then coalesce(u.used_sek, 0) end::bigint as used_sek,
        u.used_sek is not null as use_reported,
        case when d.instrument_id in (select instrument_id from grant_repayments)
            then coalesce(x.repaid_sek, 0) end::bigint as repaid_sek,
        s.report_submitted_on,
        d.instrument_id in (select instrument_id from reports) as reports_loaded
    from deadlines as d
    inner join grant_instruments as i using (instrument_id)
    left join regions as r using (region_code)
    inner join requisitioned as q using (instrument_id, region_code, deadline_kind)
    left join used as u using (instrument_id, region_code)
    left join repaid as x using (instrument_id, region_code)
    left join submitted as s
        on d.deadline_kind = 'report'
        and s.instrument_id = d.instrument_id
        and s.region_code = d.region_code
        and s.deadline_date = d.deadline_date
)

select * from final
order by deadline_date, instrument_id, deadline_kind, region_code
