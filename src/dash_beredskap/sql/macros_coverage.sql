-- Coverage rules that read the monthly grid, so they are created after v_priority_cover_monthly
-- (a macro binds its tables when it is created). The target rule itself (target_days,
-- meets_target) is in macros.sql; every share of the priority list is counted here, once.

-- The month a coverage query shows: `chosen`, or with null the newest month with any report.
create or replace macro cover_month(chosen) as
    coalesce(chosen::date, (select max(month) from v_priority_cover_monthly where has_report));

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
-- list; null in a month the region reported nothing ("no report", never 0 %).
create or replace macro region_cover(
    t_medicine := 30, t_device := 30, t_ppe := 30, m_medicine := 1, m_device := 1, m_ppe := 1
) as table
    with per_region as (
        select
            month,
            region_code,
            count(*) as n_priority,
            count(*) filter (where has_report) as n_reported,
            count(*) filter (where is_meeting) as n_meeting_target,
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

-- The national share: per month with any report, (region, item) pairs meeting the target /
-- (items x regions); a region that did not report counts as not meeting.
create or replace macro national_cover(
    t_medicine := 30, t_device := 30, t_ppe := 30, m_medicine := 1, m_device := 1, m_ppe := 1
) as table
    with per_month as (
        select
            month,
            max(snapshot_date) as snapshot_date,
            count(*) as n_pairs,
            count(distinct substance_id) as n_priority,
            count(distinct region_code) as n_regions,
            count(distinct region_code) filter (where has_report) as n_regions_reporting,
            count(*) filter (where is_meeting) as n_meeting_target
        from priority_cover_judged(
            t_medicine := t_medicine, t_device := t_device, t_ppe := t_ppe,
            m_medicine := m_medicine, m_device := m_device, m_ppe := m_ppe
        )
        group by month
    )
    select *, n_meeting_target / n_pairs as share_meeting_target
    from per_month
    where n_regions_reporting > 0;
