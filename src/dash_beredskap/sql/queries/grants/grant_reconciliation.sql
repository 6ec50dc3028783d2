-- v_grant_reconciliation with the instrument's and the recipient's names, in the view's order.
with source as (
    select * from agg_grant_reconciliation
),

final as (
    select
        v.rule,
        v.instrument_id,
        name_in($lang, i.name_sv, i.name_en) as instrument_name,
        v.region_code,
        coalesce(r.region_name, v.region_code) as recipient_name,
        v.year,
        v.amount_sek,
        v.limit_sek,
        v.difference_sek
    from source as v
    inner join grant_instruments as i using (instrument_id)
    left join regions as r using (region_code)
)

select * from final
order by
    grant_rule_order(rule), instrument_id, region_code nulls first, year nulls first
