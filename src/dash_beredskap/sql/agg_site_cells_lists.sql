-- Built at load time: the map's grid cells (macro site_cell_rows) of each priority list version
-- and of every substance (list_version null), the other filters open, in every language and
-- grid size of site_aggregate_langs / site_aggregate_cell_degs.
create or replace table agg_site_cells_lists as
with versions as (
    select list_version from site_aggregate_list_versions()
),
langs as (
    select unnest(site_aggregate_langs()) as lang
),
sizes as (
    select unnest(site_aggregate_cell_degs()) as cell_deg
),
final as (
    select v.list_version, g.lang, z.cell_deg, c.*
    from versions v, langs g, sizes z,
    lateral site_cell_rows(null, null, v.list_version, null, null, null, null, g.lang, z.cell_deg) c
)
select * from final order by list_version nulls first, lang, cell_deg, cell_y, cell_x
