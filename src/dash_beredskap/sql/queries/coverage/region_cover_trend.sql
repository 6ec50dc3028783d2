-- Per month and region (one region, or all with a null $region), oldest first.
with source as (
    select *
    from region_cover(
        t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe,
        m_medicine := $m_medicine, m_device := $m_device, m_ppe := $m_ppe
    )
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
