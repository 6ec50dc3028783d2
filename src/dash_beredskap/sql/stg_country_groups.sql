-- Staging: every country with the group the supply figures use (table country_groups, which an
-- analyst can change with `beredskap load country-groups`). A country without a row falls back
-- on countries.is_eu_eea: 'eu_eea' (weight 0) or 'distant' (weight 1).
create or replace view stg_country_groups as
with countries_all as (
    select iso2, is_eu_eea from countries
),
chosen as (
    select * from country_groups
),
final as (
    select
        c.iso2,
        coalesce(g.country_group, case when c.is_eu_eea then 'eu_eea' else 'distant' end)
            as country_group,
        coalesce(g.label_sv, case when c.is_eu_eea then 'EU/EES' else 'Övriga världen' end)
            as group_label_sv,
        coalesce(g.label_en, case when c.is_eu_eea then 'EU/EEA' else 'Rest of the world' end)
            as group_label_en,
        coalesce(g.outside_weight, case when c.is_eu_eea then 0.0 else 1.0 end) as outside_weight,
        coalesce(g.source, 'countries.is_eu_eea (no row in country_groups)') as group_source
    from countries_all c
    left join chosen g using (iso2)
)
select * from final
