-- All 21 regions in one month (null: the latest) beside the month before with any report.
with chosen as (
    select cover_month($month) as month
),
previous as (
    select max(m.month) as month
    -- the months with any usable report (the same whatever the targets)
    from (select month from agg_region_cover_default where n_reported > 0) m, chosen c
    where m.month < c.month
),
all_shares as (
    -- the default targets: counted at load time by the same macro (agg_region_cover_default)
    select * from agg_region_cover_default
    where ($t_medicine, $t_device, $t_ppe, $m_medicine, $m_device, $m_ppe) = (30, 30, 30, 1, 1, 1)
    union all by name
    select *
    from region_cover(
        t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe,
        m_medicine := $m_medicine, m_device := $m_device, m_ppe := $m_ppe
    )
    where ($t_medicine, $t_device, $t_ppe, $m_medicine, $m_device, $m_ppe) <> (30, 30, 30, 1, 1, 1)
),
shares as (
    select * from all_shares
    where month in ((select month from chosen), (select month from previous))
),
joined as (
    select
        (select month from chosen) as month,
        r.region_code,
        r.region_name,
        region_short_name(r.region_name) as region_short_name,
        coalesce(s.n_priority, p.n_priority) as n_priority,
        coalesce(s.n_reported, 0) as n_reported,
        coalesce(s.n_reported_in_month, 0) as n_reported_in_month,
        coalesce(s.n_priority, p.n_priority) - coalesce(s.n_reported, 0) as n_no_report,
        s.n_meeting_target,
        s.share_meeting_target,
        s.oldest_report_date,
        s.last_report_date,
        (select month from previous) as prev_month,
        p.share_meeting_target as prev_share_meeting_target,
        s.share_meeting_target - p.share_meeting_target as change_share
    from regions r
    left join shares s
        on s.region_code = r.region_code and s.month = (select month from chosen)
    left join shares p
        on p.region_code = r.region_code and p.month = (select month from previous)
),
final as (
    select
        *,
        case when share_meeting_target is not null then
            rank() over (order by share_meeting_target desc nulls last) end as rank,
        count(share_meeting_target) over () as n_ranked
    from joined
)
select * from final
order by share_meeting_target desc nulls last, region_name
