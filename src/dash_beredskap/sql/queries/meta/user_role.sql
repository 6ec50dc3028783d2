-- Table users: the role of one signed-in $email (normalised), or no row for an unknown user.
with source as (
    select * from users
),

final as (
    select role
    from source
    where email = $email
)

select * from final
