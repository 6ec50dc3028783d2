-- One row per selected site, for the map and its tooltip.
with selected as (
    select * from selected_sites(
        $sel_substance, $sel_atc, $sel_list_version, $sel_site_type, $sel_area, $sel_vital,
        $sel_company, $lang
    )
),
final as (
    select
        site_id, company_id, company_name, is_vital, site_type, country_iso2,
        country_name, city, lat, lon, capacity_index, n_substances,
        n_priority_substances, n_selected_substances,
        substance_names_lang as substance_names
    from selected
)
select * from final
order by site_id
