-- One row per item and each other item of its ATC level-4 group: the treatment alternatives.
create or replace view v_treatment_alternatives as
with source as (
    select substance_id, atc_l4 from substances where atc_l4 is not null
),
final as (
    select
        s.substance_id,
        a.substance_id as alternative_id,
        s.atc_l4
    from source s
    join source a on a.atc_l4 = s.atc_l4 and a.substance_id <> s.substance_id
)
select * from final
order by substance_id, alternative_id
