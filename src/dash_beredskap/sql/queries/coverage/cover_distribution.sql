-- For every whole number of days 0..$max_days: the share of the list held at least that long
-- (zero consumption with stock: every length; with no stock: none, as macro meets_target).
with items as (
    select has_report, is_zero_consumption, is_zero_no_stock, days_of_cover
    from v_priority_cover_monthly
    where month = cover_month($month)
      and ($region::varchar is null or region_code = $region::varchar)
),
n as (
    select count(*) as n_items from items
),
buckets as (
    -- whole days held (days >= d exactly when floor(days) >= d for a whole d)
    select
        -- no consumption: any length with stock; no consumption and no stock: not held at all
        case when is_zero_no_stock then 0
             when is_zero_consumption then $max_days
             else least(floor(days_of_cover), $max_days) end as b,
        count(*) as n
    from items
    where has_report and (is_zero_consumption or days_of_cover is not null)
    group by 1
),
grid as (
    select unnest(range(0, $max_days + 1)) as days
),
final as (
    select
        g.days,
        coalesce(sum(b.n) filter (where b.b >= g.days), 0)::bigint as n_at_least,
        any_value(n.n_items) as n_items,
        case when any_value(n.n_items) > 0
            then coalesce(sum(b.n) filter (where b.b >= g.days), 0) / any_value(n.n_items)
        end as share_at_least
    from grid g
    cross join n
    left join buckets b on true
    group by g.days
)
select * from final
order by days
