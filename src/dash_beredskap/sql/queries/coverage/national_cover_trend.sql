-- The national share per month with any report, oldest first, and its change from the month before.
with source as (
    -- the default targets: counted at load time by the same macro (agg_national_cover_default)
    select * from agg_national_cover_default
    where ($t_medicine, $t_device, $t_ppe, $m_medicine, $m_device, $m_ppe) = (30, 30, 30, 1, 1, 1)
    union all by name
    select *
    from national_cover(
        t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe,
        m_medicine := $m_medicine, m_device := $m_device, m_ppe := $m_ppe
    )
    where ($t_medicine, $t_device, $t_ppe, $m_medicine, $m_device, $m_ppe) <> (30, 30, 30, 1, 1, 1)
),
final as (
    select
        month,
        snapshot_date,
        oldest_report_date,
        n_pairs,
        n_pairs_reported,
        n_regions,
        n_regions_reporting,
        n_regions_with_report,
        max_report_age_days,
        n_meeting_target,
        share_meeting_target,
        share_meeting_target - lag(share_meeting_target) over (order by month) as change_share
    from source
)
select * from final
order by month
