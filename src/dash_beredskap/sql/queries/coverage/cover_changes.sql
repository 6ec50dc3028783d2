-- Each (region, item) at two months, $month_then and $month: crossed the target or not.
with items as (
    select *
    from priority_cover_judged(
        t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe,
        m_medicine := $m_medicine, m_device := $m_device, m_ppe := $m_ppe
    )
    where month in ($month::date, $month_then::date)
      and ($region::varchar is null or region_code = $region::varchar)
),
final as (
    select
        n.region_code,
        region_short_name(r.region_name) as region_short_name,
        n.substance_id,
        name_in($lang, s.name_sv, s.name_en) as substance_name,
        n.category,
        n.target_days,
        p.has_report as has_report_then,
        p.is_zero_consumption as is_zero_consumption_then,
        p.days_of_cover as days_then,
        p.is_meeting as meets_then,
        n.has_report as has_report_now,
        n.is_zero_consumption as is_zero_consumption_now,
        n.days_of_cover as days_now,
        n.is_meeting as meets_now,
        n.days_of_cover - p.days_of_cover as change_days,
        case
            when n.has_report and p.has_report then
                case when n.is_meeting and not p.is_meeting then 'improved'
                     when p.is_meeting and not n.is_meeting then 'worsened'
                     when n.is_meeting then 'still_meeting'
                     else 'still_below' end
            when p.has_report then 'no_report_now'
            when n.has_report then 'no_report_then'
            else 'no_report'
        end as status
    from items n
    join items p
        on p.region_code = n.region_code and p.substance_id = n.substance_id
        and p.month = $month_then::date
    join regions r on r.region_code = n.region_code
    join substances s on s.substance_id = n.substance_id
    where n.month = $month::date
)
select * from final
order by status in ('improved', 'worsened') desc, status = 'worsened' desc,
    change_days nulls last, region_code, substance_name
