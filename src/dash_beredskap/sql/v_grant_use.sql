-- One row per instrument, recipient, year and purpose: the use each recipient reported, in its
-- own words. Summed over purposes it is v_grant_ledger.used_sek.
create or replace view v_grant_use as
with final as (
    select
        instrument_id,
        recipient_code as region_code,
        year,
        purpose,
        used_sek
    from grant_use
)
select * from final order by instrument_id, region_code, year, purpose
