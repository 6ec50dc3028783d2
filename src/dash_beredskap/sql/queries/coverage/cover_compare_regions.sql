-- Every region at two months: share then and now, items that crossed the target either way.
with items as (
    select month, region_code, substance_id, has_report, is_meeting
    from priority_cover_judged(
        t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe,
        m_medicine := $m_medicine, m_device := $m_device, m_ppe := $m_ppe
    )
    where month in ($month::date, $month_then::date)
),
pairs as (
    select
        n.region_code,
        n.has_report as now_reported,
        p.has_report as then_reported,
        n.is_meeting as now_meeting,
        p.is_meeting as then_meeting
    from items n
    join items p
        on p.region_code = n.region_code and p.substance_id = n.substance_id
        and p.month = $month_then::date
    where n.month = $month::date
),
per_region as (
    select
        region_code,
        count(*) as n_priority,
        count(*) filter (where then_reported) as n_reported_then,
        count(*) filter (where now_reported) as n_reported_now,
        count(*) filter (where then_meeting) as n_meeting_then,
        count(*) filter (where now_meeting) as n_meeting_now,
        count(*) filter (where now_reported and then_reported
                         and now_meeting and not then_meeting) as n_improved,
        count(*) filter (where now_reported and then_reported
                         and then_meeting and not now_meeting) as n_worsened
    from pairs
    group by region_code
),
shares as (
    select
        r.region_code,
        r.region_name,
        region_short_name(r.region_name) as region_short_name,
        p.n_priority,
        case when p.n_reported_then > 0 then p.n_meeting_then / p.n_priority end as share_then,
        case when p.n_reported_now > 0 then p.n_meeting_now / p.n_priority end as share_now,
        p.n_improved,
        p.n_worsened
    from regions r
    left join per_region p using (region_code)
),
final as (
    select *, share_now - share_then as change_share from shares
)
select * from final
order by change_share nulls last, region_name
