-- The scenario engine's supply side: one row per (item, site) with the site's company,
-- country (EU/EEA, Nordic), type and capacity.
with links as (
    select * from site_substances
),
sites as (
    select * from sites
),
countries as (
    select * from countries
),
final as (
    select
        l.substance_id,
        s.site_id,
        s.company_id,
        s.country_iso2,
        c.is_eu_eea,
        c.is_nordic,
        s.site_type,
        s.capacity_index
    from links l
    join sites s using (site_id)
    join countries c on c.iso2 = s.country_iso2
)
select * from final order by substance_id, site_id
