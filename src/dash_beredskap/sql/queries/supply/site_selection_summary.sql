-- The selected sites in numbers, one row (macro site_selection_rows; the first view's row was
-- built at load time).
with built as (
    select * exclude (list_version)
    from agg_site_selection_lists
    where reads_site_aggregates(
            $sel_substance, $sel_atc, $sel_site_type, $sel_area, $sel_vital, $sel_company
        )
      and list_version is not distinct from $sel_list_version
),
live as (
    select * from site_selection_rows(
        $sel_substance, $sel_atc, $sel_list_version, $sel_site_type, $sel_area, $sel_vital,
        $sel_company, $lang
    )
    where not reads_site_aggregates(
        $sel_substance, $sel_atc, $sel_site_type, $sel_area, $sel_vital, $sel_company
    )
),
final as (
    select * from built
    union all by name
    select * from live
)
select * from final
