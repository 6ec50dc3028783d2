-- What changed from $since (null: 30 days before the as-of date D) up to D, newest first: each
-- notice by the feed's one rule (shortage_change_kind), with the day of that change. Notices
-- with no change in the period are left out.
with notices as (
    select * from v_shortage_notices
    where not $only_priority or is_on_priority_list
),
period as (
    select
        shortage_feed_since($since, max(as_of_date)) as since,
        max(as_of_date) as as_of
    from v_shortage_notices
),
classified as (
    select
        n.*,
        shortage_change_kind(n.start_date, n.updated_on, n.resolved_date, p.since, p.as_of)
            as change_kind,
        p.since
    from notices n
    cross join period p
),
final as (
    select
        c.change_kind,
        case c.change_kind
            when 'resolved' then c.resolved_date
            when 'new' then c.start_date
            else c.updated_on
        end as change_date,
        c.notice_id,
        c.substance_id,
        name_in($lang, s.name_sv, s.name_en) as substance_name,
        c.product_name,
        c.kind,
        c.start_date,
        c.expected_end_date,
        c.resolved_date,
        c.updated_on,
        c.is_on_priority_list,
        c.is_active,
        c.since,
        c.as_of_date
    from classified c
    join substances s using (substance_id)
    where c.change_kind is not null
)
select * from final
order by change_date desc, notice_id
