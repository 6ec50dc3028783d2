-- One row per snapshot date: all regions together. The share is over (region, priority substance)
-- pairs, so each region weighs by the list, not by its population.
create or replace view v_national_coverage_summary as
with regions_n as (
    select count(*) as n_regions from regions
),
per_date as (
    select
        snapshot_date,
        count(*) as n_regions_reporting,
        sum(n_meeting_target) as n_meeting_target,
        any_value(n_priority) as n_priority
    from agg_coverage_summary
    group by snapshot_date
),
final as (
    select
        d.snapshot_date,
        d.n_regions_reporting,
        r.n_regions,
        d.n_priority,
        d.n_meeting_target,
        case when d.n_priority > 0
            then d.n_meeting_target / (d.n_priority * r.n_regions) end as share_meeting_target
    from per_date d, regions_n r
)
select * from final order by snapshot_date
