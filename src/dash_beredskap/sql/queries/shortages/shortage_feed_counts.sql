-- shortage_feed counted by the same rule (shortage_change_kind): one row with n_new, n_updated,
-- n_resolved and the period (since: $since, null meaning 30 days before the as-of date D).
with classified as (
    select * from shortage_changes($since, $only_priority)
),
final as (
    select
        count(*) filter (where change_kind = 'new') as n_new,
        count(*) filter (where change_kind = 'updated') as n_updated,
        count(*) filter (where change_kind = 'resolved') as n_resolved,
        any_value(since) as since,
        any_value(as_of) as as_of
    from classified
)
select * from final
