-- Table audit_log: the newest $n_max events first (admin page only).
with source as (
    select * from audit_log
),

final as (
    select
        event_at,
        actor,
        role,
        action,
        target,
        detail,
        event_id
    from source
)

select * from final
order by event_at desc, event_id
limit $n_max
