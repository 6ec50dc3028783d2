-- One row per month and item (every item, on the list or not): the regions' stock pooled.
create or replace view v_national_substance_cover as
select
    month,
    substance_id,
    n_regions_reporting,
    quantity_total,
    daily_consumption_total,
    national_days_of_cover,
    is_zero_consumption
from agg_national_substance_cover
