-- The rules used in more than one place, each defined once, created with the views (so they
-- live in the file and run on a read-only connection). docs/method.md names each one.
-- Parameter names must not be column names of the tables a macro reads.

-- ---------------------------------------------------------------- shared: names and languages

-- The name in the reader's language ('en' or anything else: Swedish).
create or replace macro name_in(lang, sv_name, en_name) as
    case when lang = 'en' then en_name else sv_name end;

-- "Region Stockholm" -> "Stockholm" for chart labels.
create or replace macro region_short_name(full_name) as
    regexp_replace(full_name, '^Region ', '');

-- ---------------------------------------------------------------- coverage: the target

-- Days of normal consumption an item of product group `grp` must be stocked for. The defaults
-- are the agreements' "minst en månads normal förbrukning" (30 days; metrics.DEFAULT_TARGETS).
create or replace macro target_days(grp, t_medicine := 30, t_device := 30, t_ppe := 30) as
    case grp when 'medicine' then t_medicine when 'device' then t_device else t_ppe end;

-- Meets the target: reported, and zero normal consumption or days of cover >= the target.
-- No report is never "meets" (nor "zero days"): callers show it as its own state.
create or replace macro meets_target(reported, zero_consumption, cover_days, target) as
    (coalesce(reported, false) and (zero_consumption or cover_days >= target));

-- ---------------------------------------------------------------- coverage: macros of the area

-- The heatmap's column of an item: ATC level 1 for medicines (devices and protective equipment
-- as their own columns), or the product group when `grouping` is 'category'.
create or replace macro cover_group_key(grouping, grp, atc_first) as
    case
        when grouping = 'category' then grp
        when grp = 'medicine' then coalesce(atc_first, '?')
        else grp
    end;

-- The month-based shares (cover_month, priority_cover_judged, region_cover, national_cover)
-- read v_priority_cover_monthly, so they live in macros_coverage.sql, created after it.

-- ---------------------------------------------------------------- shortages: macros of the area

-- ---------------------------------------------------------------- supply: macros of the area

-- ---------------------------------------------------------------- grants: macros of the area
