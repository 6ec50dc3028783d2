-- One row per region: the money of every instrument summed to date (from v_grant_ledger), and
-- per inhabitant with the region's latest population in the database, so small and large
-- regions compare fairly. SKR is not a region and has no row here.
create or replace view v_grant_region_totals as
with ledger as (
    select
        region_code,
        sum(allocated_sek)::bigint as allocated_sek,
        sum(requisitioned_sek)::bigint as requisitioned_sek,
        sum(used_sek)::bigint as used_sek,
        sum(repaid_sek)::bigint as repaid_sek
    from v_grant_ledger
    group by region_code
),
latest_population as (
    select region_code, ref_date, population
    from region_population
    qualify row_number() over (partition by region_code order by ref_date desc) = 1
),
final as (
    select
        r.region_code,
        r.region_name,
        p.ref_date as population_ref_date,
        p.population,
        coalesce(l.allocated_sek, 0)::bigint as allocated_sek,
        coalesce(l.requisitioned_sek, 0)::bigint as requisitioned_sek,
        coalesce(l.used_sek, 0)::bigint as used_sek,
        coalesce(l.repaid_sek, 0)::bigint as repaid_sek,
        coalesce(l.allocated_sek, 0) / p.population as allocated_sek_per_inhabitant,
        coalesce(l.requisitioned_sek, 0) / p.population as requisitioned_sek_per_inhabitant,
        coalesce(l.used_sek, 0) / p.population as used_sek_per_inhabitant,
        coalesce(l.repaid_sek, 0) / p.population as repaid_sek_per_inhabitant
    from regions r
    left join ledger l using (region_code)
    left join latest_population p using (region_code)
)
select * from final order by region_code
