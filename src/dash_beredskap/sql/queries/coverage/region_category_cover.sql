-- One region's share per product group in one month, beside the national share of the group.
with items as (
    select *
    from priority_cover_judged(
        t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe,
        m_medicine := $m_medicine, m_device := $m_device, m_ppe := $m_ppe
    )
    where month = cover_month($month)
),
national as (
    select category, count(*) filter (where is_meeting) / count(*) as national_share
    from items
    group by category
),
own as (
    select
        category,
        count(*) as n_items,
        count(*) filter (where has_report) as n_reported,
        count(*) filter (where is_meeting) as n_meeting_target,
        any_value(target_days) as target_days
    from items
    where region_code = $region::varchar
    group by category
),
final as (
    select
        o.category,
        o.target_days,
        o.n_items,
        o.n_reported,
        o.n_meeting_target,
        case when o.n_reported > 0 then o.n_meeting_target / o.n_items end
            as share_meeting_target,
        n.national_share
    from own o
    join national n using (category)
)
select * from final
order by case category when 'medicine' then 1 when 'device' then 2 else 3 end
