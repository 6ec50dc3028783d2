-- Every date the government set, on one timeline (issue 12, point 10): the agreements'
-- deadlines (v_grant_deadlines, one row per instrument and deadline) and the reporting dates
-- of the government's assignments (table assignments), by date.
with deadlines as (
    select distinct instrument_id, deadline_kind, deadline_date from agg_grant_deadlines
),

agreement_dates as (
    select
        'agreement' as source_kind,
        d.instrument_id as source_id,
        name_in($lang, i.name_sv, i.name_en) as title,
        i.recipient,
        null::varchar as responsible,
        d.deadline_kind as date_kind,
        d.deadline_date as due_date,
        'day' as due_precision,
        null::date as submitted_on,
        i.source_document as source
    from deadlines as d
    inner join grant_instruments as i using (instrument_id)
),

assignment_dates as (
    select
        'assignment' as source_kind,
        assignment_id as source_id,
        name_in($lang, title_sv, title_en) as title,
        null::varchar as recipient,
        responsible,
        report_kind as date_kind,
        report_due as due_date,
        due_precision,
        submitted_on,
        source
    from assignments
),

final as (
    select * from agreement_dates
    union all by name
    select * from assignment_dates
)

select * from final
order by due_date, source_kind, source_id, date_kind
