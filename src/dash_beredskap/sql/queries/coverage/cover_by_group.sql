-- The heatmap: region x group (or region x item inside one $group) in one month.
with items as (
    select
        c.*,
        cover_group_key($group_by, c.category, c.atc_l1) as group_key_outer
    from priority_cover_judged(
        t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe,
        m_medicine := $m_medicine, m_device := $m_device, m_ppe := $m_ppe
    ) c
    where c.month = cover_month($month)
),
shown as (
    select
        i.*,
        case when $group::varchar is null then i.group_key_outer
             else i.substance_id end as group_key
    from items i
    where $group::varchar is null or i.group_key_outer = $group::varchar
),
cells as (
    select
        region_code,
        group_key,
        count(*) as n_items,
        count(*) filter (where has_report) as n_reported,
        count(*) filter (where is_meeting) as n_meeting_target,
        count(*) filter (where has_report and is_zero_consumption) as n_zero_consumption,
        count(*) filter (where is_zero_no_stock) as n_zero_no_stock,
        median(days_of_cover) filter (where has_report and not is_zero_consumption)
            as median_days,
        any_value(target_days) as target_days
    from shown
    group by region_code, group_key
),
region_order as (
    select region_code, count(*) filter (where is_meeting) / count(*) as region_share
    from shown
    group by region_code
),
group_order as (
    select group_key, count(*) filter (where is_meeting) / count(*) as group_share
    from shown
    group by group_key
),
final as (
    select
        cover_month($month) as month,
        c.region_code,
        region_short_name(r.region_name) as region_short_name,
        c.group_key,
        case when $group::varchar is not null then name_in($lang, s.name_sv, s.name_en) end
            as item_name,
        c.n_items,
        c.n_reported,
        c.n_meeting_target,
        case when c.n_reported > 0 then c.n_meeting_target / c.n_items end
            as share_meeting_target,
        c.median_days,
        c.n_zero_consumption,
        c.n_zero_no_stock,
        c.target_days,
        o.region_share,
        g.group_share
    from cells c
    join regions r using (region_code)
    join region_order o using (region_code)
    join group_order g using (group_key)
    left join substances s on s.substance_id = c.group_key
)
select * from final
order by region_share desc, region_code, group_share, group_key
