-- Built at load time: the selection summary (macro site_selection_rows) of each priority list
-- version and of every substance (list_version null), the other filters open: the supply
-- pages' first view reads one row instead of counting 100 000 sites.
create or replace table agg_site_selection_lists as
with versions as (
    select list_version from site_aggregate_list_versions()
),
final as (
    select v.list_version, s.*
    from versions v,
    lateral site_selection_rows(null, null, v.list_version, null, null, null, null, 'sv') s
)
select * from final order by list_version nulls first
