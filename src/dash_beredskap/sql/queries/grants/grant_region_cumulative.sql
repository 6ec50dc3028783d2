-- v_grant_ledger for one region per year with running totals; every year from the first
-- movement to the last, so the cumulative lines have no gaps.
with ledger as (
    select l.*
    from agg_grant_ledger as l
    inner join chosen_region($region) using (region_code)
),

years as (
    select unnest(range(min(year), max(year) + 1)) as year from ledger
),

by_year as (
    select
        y.year,
        coalesce(sum(l.allocated_sek), 0)::bigint as allocated_sek,
        coalesce(sum(l.requisitioned_sek), 0)::bigint as requisitioned_sek,
        coalesce(sum(l.used_sek), 0)::bigint as used_sek,
        coalesce(sum(l.repaid_sek), 0)::bigint as repaid_sek
    from years as y
    left join ledger as l using (year)
    group by y.year
),

final as (
    select
        year,
        allocated_sek,
        requisitioned_sek,
        used_sek,
        repaid_sek,
        sum(allocated_sek) over (order by year)::bigint as allocated_cum_sek,
        sum(requisitioned_sek) over (order by year)::bigint as requisitioned_cum_sek,
        sum(used_sek) over (order by year)::bigint as used_cum_sek,
        sum(repaid_sek) over (order by year)::bigint as repaid_cum_sek
    from by_year
)

select * from final
order by year
