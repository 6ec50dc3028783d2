-- Built at load time: one row per site with what the map and its tooltip need, so the map
-- query reads one narrow table even with 100 000 sites.
create or replace table agg_site_summary as
with current_list as (
    select substance_id from stg_priority_current
),
made as (
    select
        ss.site_id,
        count(*) as n_substances,
        count(*) filter (where ss.substance_id in (select substance_id from current_list))
            as n_priority_substances,
        string_agg(p.name_sv, ', ' order by p.name_sv) as substance_names,
        string_agg(p.name_en, ', ' order by p.name_en) as substance_names_en
    from site_substances ss
    join substances p using (substance_id)
    group by ss.site_id
),
final as (
    select
        s.site_id,
        s.company_id,
        k.company_name,
        k.is_vital,
        s.site_type,
        s.country_iso2,
        c.name_sv as country_name_sv,
        c.name_en as country_name_en,
        c.is_eu_eea,
        c.is_nordic,
        s.city,
        s.lat,
        s.lon,
        s.capacity_index,
        coalesce(m.n_substances, 0)::bigint as n_substances,
        coalesce(m.n_priority_substances, 0)::bigint as n_priority_substances,
        coalesce(m.substance_names, '') as substance_names,
        coalesce(m.substance_names_en, '') as substance_names_en
    from sites s
    join companies k using (company_id)
    join countries c on c.iso2 = s.country_iso2
    left join made m using (site_id)
)
select * from final order by site_id
