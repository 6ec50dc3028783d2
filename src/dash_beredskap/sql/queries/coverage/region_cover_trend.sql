-- Per month and region (one region, or all with a null $region), oldest first.
with shares as (
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
source as (
    select * from shares
    where $region::varchar is null or region_code = $region::varchar
),
final as (
    select
        s.month,
        s.region_code,
        r.region_name,
        region_short_name(r.region_name) as region_short_name,
        s.n_priority,
        s.n_reported,
        s.n_meeting_target,
        s.share_meeting_target
    from source s
    join regions r using (region_code)
)
select * from final
order by month, region_code
