-- Every (region, priority item) in one month, reported or not, with what the gap list and the
-- exposure ranking weigh, judged against the targets of its product group by the macros
-- (target_days, is_meeting); $region: one county code, or null: all. last_*: the pair's last
-- report before the month (judged the same way; the month it was made in, never a carried row),
-- so that a missing report never lowers a region's exposure (metrics.exposure_scores; issue 12).
-- judged is read twice: not materialized, so each reader's filters reach the grid (a copy of
-- every month's grid costs more than reading it twice)
with judged as not materialized (
    select *
    from priority_cover_judged(
        t_medicine := $t_medicine, t_device := $t_device, t_ppe := $t_ppe,
        m_medicine := $m_medicine, m_device := $m_device, m_ppe := $m_ppe
    )
),
last_known as (
    select
        region_code,
        substance_id,
        max(month) as last_report_month,
        arg_max(days_of_cover, month) as last_days_of_cover,
        arg_max(is_meeting, month) as last_is_meeting
    from judged
    where has_report and not is_carried_forward and month < cover_month($month)
      and ($region::varchar is null or region_code = $region::varchar)
    group by region_code, substance_id
),
final as (
    select
        c.month,
        c.region_code,
        r.region_name,
        region_short_name(r.region_name) as region_short_name,
        c.substance_id,
        name_in($lang, v.name_sv, v.name_en) as substance_name,
        c.category,
        c.atc_code,
        c.is_on_earlier_list,
        c.has_report,
        c.snapshot_date,
        c.quantity,
        c.daily_consumption,
        c.is_zero_consumption,
        c.is_zero_no_stock,
        c.days_of_cover,
        c.target_days,
        c.is_meeting,
        n.national_days_of_cover,
        v.vulnerability_score,
        v.n_source_sites,
        v.n_source_countries,
        v.hhi_source,
        v.source_stage,
        k.top_api_country,
        coalesce(a.n_active_notices, 0) as n_active_notices,
        l.last_report_month,
        l.last_days_of_cover,
        l.last_is_meeting
    from judged c
    join regions r using (region_code)
    join v_substance_supply v using (substance_id)
    left join v_supply_concentration k using (substance_id)
    left join v_national_substance_cover n
        on n.month = c.month and n.substance_id = c.substance_id
    left join agg_substance_active_notices a on a.substance_id = c.substance_id
    left join last_known l on l.region_code = c.region_code and l.substance_id = c.substance_id
    where c.month = cover_month($month)
      and ($region::varchar is null or c.region_code = $region::varchar)
)
select * from final
order by region_code, substance_name, substance_id
