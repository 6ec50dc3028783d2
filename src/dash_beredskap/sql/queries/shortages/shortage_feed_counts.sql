-- shortage_feed counted by the same rule (shortage_change_kind): one row with n_new, n_updated,
-- n_resolved and the period (since: $since, null meaning 30 days before the as-of date D).
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
        shortage_change_kind(n.start_date, n.updated_on, n.resolved_date, p.since, p.as_of)
            as change_kind
    from notices n
    cross join period p
),
final as (
    select
        count(*) filter (where change_kind = 'new') as n_new,
        count(*) filter (where change_kind = 'updated') as n_updated,
        count(*) filter (where change_kind = 'resolved') as n_resolved,
        (select since from period) as since,
        (select as_of from period) as as_of
    from classified
)
select * from final
