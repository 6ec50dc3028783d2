-- Built at load time: sites per country (macro site_country_rows) of each priority list version
-- and of every substance (list_version null), the other filters open, in every language of
-- site_aggregate_langs.
create or replace table agg_site_countries_lists as
with versions as (
    select list_version from site_aggregate_list_versions()
),
langs as (
    select unnest(site_aggregate_langs()) as lang
),
final as (
    select v.list_version, g.lang, c.*
    from versions v, langs g,
    lateral site_country_rows(null, null, v.list_version, null, null, null, null, g.lang) c
)
select * from final order by list_version nulls first, lang, country_iso2
