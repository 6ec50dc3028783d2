-- Built at load time (work at load time, not at view time): per substance, the shortage notices
-- active on the data's as-of date, counted from v_shortage_notices (the one home of that date and
-- of the active rule). coverage/priority_items_cover reads it instead of grouping the view on
-- every view. The as-of date is the newest stock report, so a stock load that moves it rebuilds
-- it (db.AS_OF_AGGREGATES), as a shortage load does (refresh_derived).
create or replace table agg_substance_active_notices as
select substance_id, count(*) as n_active_notices
from v_shortage_notices
where is_active
group by substance_id
order by substance_id
