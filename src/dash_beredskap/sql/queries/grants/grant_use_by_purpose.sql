-- v_grant_use for one recipient summed per year and purpose over instruments (SEK).
with source as (
    select u.*
    from v_grant_use as u
    inner join chosen_region($region) using (region_code)
),

final as (
    select
        year,
        purpose,
        sum(used_sek)::bigint as used_sek
    from source
    group by all
)

select * from final
order by year, purpose
