-- The selected sites on a grid of $cell_deg x $cell_deg degrees, each site in one cell.
with selected as (
    select * from selected_sites(
        $sel_substance, $sel_atc, $sel_list_version, $sel_site_type, $sel_area, $sel_vital,
        $sel_company, $lang
    )
),
placed as (
    select
        *,
        floor(lat / $cell_deg)::bigint as cell_y,
        floor(lon / $cell_deg)::bigint as cell_x
    from selected
),
places as (
    select cell_y, cell_x, city, country_name, count(*) as n
    from placed
    group by all
),
top_place as (
    -- the place with most sites (ties: alphabetical)
    select
        cell_y,
        cell_x,
        first(city order by n desc, city, country_name) as top_city,
        first(country_name order by n desc, city, country_name) as top_country,
        count(*) as n_cities
    from places
    group by cell_y, cell_x
),
cells as (
    select
        cell_y,
        cell_x,
        avg(lat) as lat,
        avg(lon) as lon,
        count(*) as n_sites,
        count(*) filter (where site_type = 'api') as n_api_sites,
        count(*) filter (where site_type = 'fpp') as n_fpp_sites,
        count(*) filter (where site_type = 'packaging') as n_packaging_sites,
        count(distinct country_iso2) as n_countries,
        count(distinct company_id) as n_companies,
        sum(capacity_index) as capacity_index_sum
    from placed
    group by cell_y, cell_x
),
final as (
    select
        c.*,
        case
            when c.n_api_sites >= c.n_fpp_sites
                and c.n_api_sites >= c.n_packaging_sites then 'api'
            when c.n_fpp_sites >= c.n_packaging_sites then 'fpp'
            else 'packaging'
        end as main_site_type,
        t.top_city,
        t.top_country,
        t.n_cities
    from cells c
    join top_place t using (cell_y, cell_x)
)
select * from final
order by n_sites desc, cell_y, cell_x
