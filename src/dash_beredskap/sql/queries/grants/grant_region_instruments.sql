-- One region's money per instrument (v_grant_ledger over years, SEK) beside its distribution key.
with chosen as (
    select * from chosen_region($region)
),

sums as (
    select
        l.instrument_id,
        sum(l.allocated_sek)::bigint as allocated_sek,
        sum(l.requisitioned_sek)::bigint as requisitioned_sek,
        sum(l.used_sek)::bigint as used_sek,
        sum(l.repaid_sek)::bigint as repaid_sek
    from agg_grant_ledger as l
    inner join chosen using (region_code)
    group by l.instrument_id
),

final as (
    select
        s.instrument_id,
        name_in($lang, i.name_sv, i.name_en) as instrument_name,
        i.year as instrument_year,
        i.distribution_key,
        s.allocated_sek,
        s.requisitioned_sek,
        s.used_sek,
        s.repaid_sek,
        k.population_ref_date,
        k.population,
        k.population_share,
        k.computed_sek,
        k.basis,
        k.allocated_sek_per_inhabitant
    from sums as s
    inner join grant_instruments as i using (instrument_id)
    left join agg_grant_allocation_key as k
        on k.instrument_id = s.instrument_id
        and k.region_code = (select region_code from chosen)
)

select * from final
order by instrument_year, instrument_id
