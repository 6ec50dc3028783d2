-- One item and its ATC level-4 alternatives in the as-of month, every region each: a region
-- without a report is kept as a row with has_report false and meets_target null.
with month as (
    select max(as_of_month) as month from v_shortage_notices
),
items as (
    select $substance_id::varchar as item_id, false as is_alternative
    union all
    select alternative_id, true
    from v_treatment_alternatives
    where substance_id = $substance_id::varchar
),
grid as (
    select i.item_id, i.is_alternative, r.region_code, r.region_name
    from items i
    cross join regions r
),
monthly as (
    select m.*
    from v_region_coverage_monthly m
    where m.month = (select month from month)
),
national as (
    select n.*
    from v_national_substance_cover n
    where n.month = (select month from month)
),
final as (
    select
        g.item_id,
        name_in($lang, s.name_sv, s.name_en) as item_name,
        g.is_alternative,
        target_days(
            s.category, t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe
        ) as target_days,
        g.region_code,
        region_short_name(g.region_name) as region_short_name,
        m.region_code is not null as has_report,
        m.days_of_cover,
        coalesce(m.is_zero_consumption, false) as is_zero_consumption,
        case
            when m.region_code is not null then meets_target(
                true,
                m.is_zero_consumption,
                m.days_of_cover,
                target_days(
                    s.category, t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe
                ),
                m.quantity
            )
        end as meets_target,
        n.national_days_of_cover
    from grid g
    join substances s on s.substance_id = g.item_id
    left join monthly m on m.substance_id = g.item_id and m.region_code = g.region_code
    left join national n on n.substance_id = g.item_id
)
select * from final
order by is_alternative, item_name, item_id, region_code
