-- Built at load time: per priority list version (and null: every substance) and site, how many
-- of the list's substances (macro chosen_substances) the site makes. The supply pages' first
-- view filters by a list only; selected_sites reads these counts then instead of grouping the
-- site-substance links (400 000 at national scale) on every view.
create or replace table agg_site_list_links as
with versions as (
    select list_version from priority_lists
    union all
    select null as list_version
),
final as (
    select v.list_version, ss.site_id, count(*) as n_selected_substances
    from versions v, site_substances ss
    where ss.substance_id in (
        select c.substance_id from chosen_substances(null, null, v.list_version) c
    )
    group by all
)
select * from final order by list_version nulls first, site_id
