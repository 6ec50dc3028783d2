-- The month a coverage query shows: `chosen`, or with null the newest month with any report
-- (a region with n_reported > 0 is a grid row with has_report: the same month as
-- `max(month) from v_priority_cover_monthly where has_report`). Read from the small table
-- counted at load time, not the whole grid, so the cost does not grow with the stock; created
-- after agg_region_cover_default, which it reads (a macro binds its tables when it is created).
create or replace macro cover_month(chosen) as
    coalesce(
        chosen::date,
        (select max(month) from agg_region_cover_default where n_reported > 0)
    );
