-- The selected sites on a grid of $cell_deg x $cell_deg degrees, each site in one cell (macro
-- site_cell_rows; the first view's cells were built at load time).
with built as (
    select * exclude (list_version, lang, cell_deg)
    from agg_site_cells_lists
    where reads_site_aggregates(
            $sel_substance, $sel_atc, $sel_site_type, $sel_area, $sel_vital, $sel_company
        )
      and list_version is not distinct from $sel_list_version
      and lang = $lang
      and cell_deg = $cell_deg
),
live as (
    select * from site_cell_rows(
        $sel_substance, $sel_atc, $sel_list_version, $sel_site_type, $sel_area, $sel_vital,
        $sel_company, $lang, $cell_deg
    )
    where not (
        reads_site_aggregates(
            $sel_substance, $sel_atc, $sel_site_type, $sel_area, $sel_vital, $sel_company
        )
        and list_contains(site_aggregate_langs(), $lang)
        and list_contains(site_aggregate_cell_degs(), $cell_deg)
    )
),
final as (
    select * from built
    union all by name
    select * from live
)
select * from final
order by n_sites desc, cell_y, cell_x
