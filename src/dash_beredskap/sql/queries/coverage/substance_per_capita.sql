-- One item in one month, all 21 regions: stock and use per $per_inhabitants inhabitants.
with population as (
    select
        region_code,
        arg_max(population, ref_date) as population,
        max(ref_date) as population_ref_date
    from region_population
    group by region_code
),
cover as (
    select *
    from v_region_coverage_monthly
    where month = cover_month($month) and substance_id = $substance_id
),
per_region as (
    select
        cover_month($month) as month,
        r.region_code,
        r.region_name,
        region_short_name(r.region_name) as region_short_name,
        p.population,
        p.population_ref_date,
        c.region_code is not null as has_report,
        c.quantity,
        c.daily_consumption,
        c.days_of_cover,
        coalesce(c.is_zero_consumption, false) as is_zero_consumption,
        c.quantity / p.population * $per_inhabitants as stock_per_100k,
        c.daily_consumption / p.population * $per_inhabitants as consumption_per_100k
    from regions r
    left join population p using (region_code)
    left join cover c using (region_code)
),
final as (
    select
        *,
        sum(quantity) over () / sum(population) filter (where has_report) over ()
            * $per_inhabitants as national_stock_per_100k
    from per_region
)
select * from final
order by stock_per_100k desc nulls last, region_name
