-- Table users: who may sign in, with which role, by e-mail (admin page only).
with source as (
    select * from users
),

final as (
    select
        email,
        role,
        added_at,
        added_by
    from source
)

select * from final
order by email
