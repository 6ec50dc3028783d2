-- v_grant_ledger summed over every instrument, year and recipient: one row (SEK).
with source as (
    select * from agg_grant_ledger
),

final as (
    select
        coalesce(sum(allocated_sek), 0)::bigint as allocated_sek,
        coalesce(sum(requisitioned_sek), 0)::bigint as requisitioned_sek,
        coalesce(sum(used_sek), 0)::bigint as used_sek,
        coalesce(sum(repaid_sek), 0)::bigint as repaid_sek,
        sum(used_sek) / nullif(sum(allocated_sek), 0) as used_share,
        max(year) as last_year
    from source
)

select * from final
