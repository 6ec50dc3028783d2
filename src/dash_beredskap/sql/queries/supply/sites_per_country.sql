-- Every country with a shape and its selected sites per type, zeros for none (macro
-- site_country_rows; the first view's rows were built at load time).
with built as (
    select * exclude (list_version, lang)
    from agg_site_countries_lists
    where reads_site_aggregates(
            $sel_substance, $sel_atc, $sel_site_type, $sel_area, $sel_vital, $sel_company
        )
      and list_version is not distinct from $sel_list_version
      and lang = $lang
),
live as (
    select * from site_country_rows(
        $sel_substance, $sel_atc, $sel_list_version, $sel_site_type, $sel_area, $sel_vital,
        $sel_company, $lang
    )
    where not (
        reads_site_aggregates(
            $sel_substance, $sel_atc, $sel_site_type, $sel_area, $sel_vital, $sel_company
        )
        and list_contains(site_aggregate_langs(), $lang)
    )
),
final as (
    select * from built
    union all by name
    select * from live
)
select * from final
order by n_sites desc, country_name
