-- The treatment alternatives (other items of the same ATC level-4 group) of the items with an
-- active notice, each with its cover in the as-of month: the pooled national days, the regions
-- reporting it and those below its target; whether it is on the list or itself in shortage.
with notices as (
    select * from v_shortage_notices
),
month as (
    select max(as_of_month) as month from notices
),
active_items as (
    select distinct substance_id
    from notices
    where is_active and (not $only_priority or is_on_priority_list)
),
in_shortage as (
    select distinct substance_id from notices where is_active
),
regional as (
    select
        m.substance_id,
        count(*) as n_regions_reporting,
        count(*) filter (
            where not meets_target(
                true,
                m.is_zero_consumption,
                m.days_of_cover,
                target_days(
                    m.category, t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe
                ),
                m.quantity
            )
        ) as n_regions_below
    from v_region_coverage_monthly m
    where m.month = (select month from month)
    group by m.substance_id
),
final as (
    select
        t.substance_id,
        t.alternative_id,
        name_in($lang, s.name_sv, s.name_en) as alternative_name,
        s.atc_code as alternative_atc_code,
        s.category,
        s.substance_id in (select substance_id from stg_priority_current) as is_on_priority_list,
        s.substance_id in (select substance_id from in_shortage) as is_in_shortage,
        target_days(
            s.category, t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe
        ) as target_days,
        n.national_days_of_cover,
        coalesce(n.is_zero_consumption, false) as is_zero_consumption,
        coalesce(g.n_regions_reporting, 0) as n_regions_reporting,
        coalesce(g.n_regions_below, 0) as n_regions_below
    from v_treatment_alternatives t
    semi join active_items a on a.substance_id = t.substance_id
    join substances s on s.substance_id = t.alternative_id
    left join v_national_substance_cover n
        on n.substance_id = t.alternative_id and n.month = (select month from month)
    left join regional g on g.substance_id = t.alternative_id
)
select * from final
order by substance_id, national_days_of_cover desc nulls last, alternative_name
