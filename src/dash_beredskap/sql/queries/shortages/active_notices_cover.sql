-- The notices active on the as-of date D with the item's cover in D's month: the pooled
-- national days, the regions below the item's target (short names, fewest days first) and the
-- other items of its ATC level-4 group. $only_priority: only items on the current list.
with notices as (
    select * from v_shortage_notices
),
month as (
    select max(as_of_month) as month from notices
),
active as (
    select * from notices where is_active and (not $only_priority or is_on_priority_list)
),
regional as (
    select
        m.substance_id,
        m.region_code,
        m.days_of_cover,
        m.is_zero_consumption,
        m.quantity,
        target_days(
            m.category, t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe
        ) as target_days
    from v_region_coverage_monthly m
    where m.month = (select month from month)
      and m.substance_id in (select substance_id from active)
),
per_item as (
    select
        g.substance_id,
        count(*) as n_regions_reporting,
        count(*) filter (
            where not meets_target(
                true, g.is_zero_consumption, g.days_of_cover, g.target_days, g.quantity
            )
        ) as n_regions_below,
        list(region_short_name(r.region_name) order by g.days_of_cover, g.region_code) filter (
            where not meets_target(
                true, g.is_zero_consumption, g.days_of_cover, g.target_days, g.quantity
            )
        ) as regions_below_list
    from regional g
    join regions r using (region_code)
    group by g.substance_id
),
alternatives as (
    select substance_id, count(*) as n_alternatives
    from v_treatment_alternatives
    group by substance_id
),
final as (
    select
        a.notice_id,
        a.substance_id,
        name_in($lang, s.name_sv, s.name_en) as substance_name,
        a.product_name,
        a.kind,
        a.start_date,
        a.expected_end_date,
        a.updated_on,
        a.is_on_priority_list,
        a.category,
        a.atc_l4,
        target_days(
            a.category, t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe
        ) as target_days,
        a.as_of_date,
        n.national_days_of_cover,
        coalesce(n.is_zero_consumption, false) as is_zero_consumption,
        coalesce(p.n_regions_reporting, 0) as n_regions_reporting,
        coalesce(p.n_regions_below, 0) as n_regions_below,
        (select count(*) from regions) - coalesce(p.n_regions_reporting, 0)
            as n_regions_no_report,
        array_to_string(p.regions_below_list, ', ') as regions_below,
        p.regions_below_list,
        coalesce(x.n_alternatives, 0) as n_alternatives
    from active a
    join substances s using (substance_id)
    left join v_national_substance_cover n
        on n.substance_id = a.substance_id and n.month = (select month from month)
    left join per_item p on p.substance_id = a.substance_id
    left join alternatives x on x.substance_id = a.substance_id
)
select * from final
order by is_on_priority_list desc, n_regions_below desc, start_date, substance_name, notice_id
