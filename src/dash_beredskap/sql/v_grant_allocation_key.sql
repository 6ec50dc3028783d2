-- One row per population-split instrument and region: the distribution key (population on the
-- instrument's reference date and its share), the amount computed from it by the
-- largest-remainder method, and the amount actually allocated (published where the agreement's
-- annex was loaded, else the computed one), side by side.
--
-- Largest remainder, in integers: floor(total x population / national population) each, then
-- the kronor left over one each to the largest remainders (ties: larger population, then the
-- lower region code). metrics.allocate_by_population does the same in Python; a test checks
-- both agree on every instrument.
create or replace view v_grant_allocation_key as
with instruments as (
    select instrument_id, total_sek, population_ref_date
    from grant_instruments
    where recipient = 'regions' and distribution_key = 'population'
),
population as (
    select i.instrument_id, i.total_sek, p.region_code, p.ref_date, p.population
    from instruments i
    join region_population p on p.ref_date = i.population_ref_date
),
exact as (
    select
        *,
        sum(population) over (partition by instrument_id) as population_total,
        (total_sek::hugeint * population) // sum(population) over (partition by instrument_id)
            as floor_sek,
        (total_sek::hugeint * population) % sum(population) over (partition by instrument_id)
            as remainder
    from population
),
ranked as (
    select
        *,
        row_number() over (
            partition by instrument_id order by remainder desc, population desc, region_code
        ) as remainder_rank,
        total_sek - sum(floor_sek) over (partition by instrument_id) as kronor_left
    from exact
),
computed as (
    select
        instrument_id,
        region_code,
        ref_date,
        population,
        population_total,
        (floor_sek + case when remainder_rank <= kronor_left then 1 else 0 end)::bigint
            as computed_sek
    from ranked
),
allocations as (
    select a.instrument_id, a.recipient_code as region_code, a.allocated_sek, a.basis
    from grant_allocations a
    semi join instruments i using (instrument_id)
),
final as (
    select
        coalesce(c.instrument_id, a.instrument_id) as instrument_id,
        coalesce(c.region_code, a.region_code) as region_code,
        c.ref_date as population_ref_date,
        c.population::bigint as population,
        c.population / c.population_total as population_share,
        c.computed_sek,
        a.allocated_sek,
        a.basis,
        case when a.basis = 'published' then a.allocated_sek end as published_sek,
        a.allocated_sek - c.computed_sek as difference_sek,
        a.allocated_sek / c.population as allocated_sek_per_inhabitant
    from computed c
    full join allocations a
        on a.instrument_id = c.instrument_id and a.region_code = c.region_code
)
select * from final order by instrument_id, region_code
