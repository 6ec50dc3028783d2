-- Coverage rules that read the monthly grid, so they are created after v_priority_cover_monthly
-- (a macro binds its tables when it is created). The target rule itself (target_days,
-- meets_target) is in macros.sql; every share of the priority list is counted here, once.

-- Every (month, region, priority item) judged against the targets of its product group.
create or replace macro priority_cover_judged(
    t_medicine := 30, t_device := 30, t_ppe := 30, m_medicine := 1, m_device := 1, m_ppe := 1
)
as table
    select
        c.*,
        target_days(c.category, t_medicine := t_medicine, t_device := t_device, t_ppe := t_ppe)
            as target_days,
        meets_target(
            c.has_report,
            c.is_zero_consumption,
            c.days_of_cover,
            target_days(c.category, t_medicine := t_medicine, t_device := t_device, t_ppe := t_ppe),
            c.quantity,
            min_stock := min_stock_of(
                c.category, m_medicine := m_medicine, m_device := m_device, m_ppe := m_ppe
            )
        ) as is_meeting
    from v_priority_cover_monthly c;

-- The region's share: per month and region (all 21), items meeting the target / items on the
-- list, each item on the region's latest report as of the month (v_priority_cover_monthly);
-- null in a month without any usable report ("no report", never 0 %). n_reported_in_month: items
-- reported in the month itself; oldest_report_date / last_report_date: the reports used.
create or replace macro region_cover(
    t_medicine := 30, t_device := 30, t_ppe := 30, m_medicine := 1, m_device := 1, m_ppe := 1
) as table
    with per_region as (
        select
            month,
            region_code,
            count(*) as n_priority,
            count(*) filter (where has_report) as n_reported,
            count(*) filter (where has_report and not is_carried_forward) as n_reported_in_month,
            count(*) filter (where is_meeting) as n_meeting_target,
            min(snapshot_date) as oldest_report_date,
            max(snapshot_date) as last_report_date
        from priority_cover_judged(
            t_medicine := t_medicine, t_device := t_device, t_ppe := t_ppe,
            m_medicine := m_medicine, m_device := m_device, m_ppe := m_ppe
        )
        group by month, region_code
    )
    select
        *,
        case when n_reported > 0 then n_meeting_target / n_priority end as share_meeting_target
    from per_region;

-- The national share: per month with a report in it, (region, item) pairs meeting the target /
-- (items x regions), each pair on the region's latest report as of the month (at most
-- report_max_age_days() old), so a partly reported month never lowers it; a pair without a
-- usable report counts as not meeting. What the headline says beside it: n_regions_reporting
-- (regions with a report in the month itself), n_regions_with_report (regions with any usable
-- report) and oldest_report_date (the oldest report used).
create or replace macro national_cover(
    t_medicine := 30, t_device := 30, t_ppe := 30, m_medicine := 1, m_device := 1, m_ppe := 1
) as table
    with per_month as (
        select
            month,
            max(snapshot_date) as snapshot_date,
            min(snapshot_date) as oldest_report_date,
            count(*) as n_pairs,
            count(*) filter (where has_report) as n_pairs_reported,
            count(distinct substance_id) as n_priority,
            count(distinct region_code) as n_regions,
            count(distinct region_code) filter (where has_report and not is_carried_forward)
                as n_regions_reporting,
            count(distinct region_code) filter (where has_report) as n_regions_with_report,
            count(*) filter (where is_meeting) as n_meeting_target
        from priority_cover_judged(
            t_medicine := t_medicine, t_device := t_device, t_ppe := t_ppe,
            m_medicine := m_medicine, m_device := m_device, m_ppe := m_ppe
        )
        group by month
    )
    select
        *,
        n_meeting_target / n_pairs as share_meeting_target,
        report_max_age_days() as max_report_age_days
    from per_month
    where n_regions_reporting > 0;
