-- Built at load time (work at load time, not at view time): the complete grid
-- month x region x item on the current priority list, from each region's latest report as of the
-- month (agg_coverage_monthly: in the month, or carried forward while at most
-- report_max_age_days() old; issue 13 defect 4). A pair without a usable report keeps its row
-- with has_report = false and null figures: "no report", never zero days.
-- Pages compare days_of_cover with any target here, so no page query reads stock_snapshots.
-- Only the items the list's target is for (macro counts_for_list_target: medicines and devices);
-- protective equipment on the list is shown apart (coverage/ppe_cover).
-- The rows come from a table macro, the one definition for both builds: the full build calls it
-- with no scope; a stock load recomputes only the months from `from_month` on for `in_regions`
-- (null: every region) and replaces those rows (db.refresh_stock_derived).
create or replace macro priority_cover_rows(from_month := null, in_regions := null) as table
with priority as (
    select i.substance_id
    from priority_list_items i
    join priority_lists l using (list_version)
    join substances s using (substance_id)
    where l.is_current and counts_for_list_target(s.category)
),
earlier as (
    -- on a priority list that is not the current one (the 2022 list with its acute-care focus)
    select distinct i.substance_id
    from priority_list_items i
    join priority_lists l using (list_version)
    where not l.is_current
),
months as (
    select distinct month from agg_coverage_monthly
    where from_month is null or month >= from_month::date
),
grid as (
    select m.month, r.region_code, p.substance_id
    from months m
    cross join regions r
    cross join priority p
    where in_regions is null or list_contains(in_regions, r.region_code)
),
final as (
    select
        g.month,
        g.region_code,
        g.substance_id,
        s.category,
        s.atc_code,
        s.atc_l4,
        case when s.category = 'medicine' then left(s.atc_code, 1) end as atc_l1,
        e.substance_id is not null as is_on_earlier_list,
        c.substance_id is not null as has_report,
        c.snapshot_date,
        coalesce(c.is_carried_forward, false) as is_carried_forward,
        c.report_age_days,
        c.quantity,
        c.daily_consumption,
        coalesce(c.is_zero_consumption, false) as is_zero_consumption,
        -- no consumption and nothing in stock: its own state, never covered (macro cover_state)
        cover_state(c.substance_id is not null, c.is_zero_consumption, c.quantity)
            = 'no_use_no_stock' as is_zero_no_stock,
        c.days_of_cover,
        c.expiry_date,
        c.days_to_expiry,
        c.quantity_expiring_unused
    from grid g
    join substances s using (substance_id)
    left join earlier e on e.substance_id = g.substance_id
    left join agg_coverage_monthly c
        on c.month = g.month
        and c.region_code = g.region_code
        and c.substance_id = g.substance_id
)
select * from final;

create or replace table agg_priority_cover as
select * from priority_cover_rows()
order by month, region_code, substance_id
