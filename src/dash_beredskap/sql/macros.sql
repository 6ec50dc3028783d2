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

-- On the list's target: the 2023 and 2024 agreements set the month of normal consumption for
-- "läkemedel som behövs för vård som inte kan anstå samt sådana medicintekniska produkter som är
-- nödvändiga för att administrera läkemedlen": medicines and devices. Protective equipment is the
-- regions' wider preparedness (shown apart: coverage/ppe_cover), never in the list's share.
create or replace macro counts_for_list_target(grp) as grp in ('medicine', 'device');

-- Short shelf life (issue 12; the 2020 assignment: "läkemedel med kort hållbarhetstid"): the
-- days of cover that count stop at the stock's expiry date. days_to_expiry: days from the report
-- to expiry_date, never below 0; null expiry = no cap. usable_days: days of cover capped at it.
-- expiring_unused: the stock that expires before it would be used, quantity - daily use x days
-- to expiry, at least 0 (0 without an expiry date). Applied once, in v_region_coverage.
create or replace macro days_to_expiry(report_date, expiry_date) as
    case
        when expiry_date is not null
            then greatest(date_diff('day', report_date, expiry_date), 0)
    end;

create or replace macro usable_days(cover_days, expiry_days) as
    case when expiry_days is null then cover_days else least(cover_days, expiry_days) end;

create or replace macro expiring_unused(quantity, daily_use, expiry_days) as
    case
        when expiry_days is null then 0.0
        else greatest(quantity - daily_use * expiry_days, 0.0)
    end;

-- Meets the target: reported, and days of cover >= the target; with zero normal consumption
-- (no days of cover) the stock must be at least `min_stock` units (default 1) instead: an
-- antidote a small region rarely uses, with nothing in stock, is NOT covered (issue 12). Zero
-- stock never meets. No report is never "meets" (nor "zero days"): its own state.
create or replace macro meets_target(
    reported, zero_consumption, cover_days, target, stock, min_stock := 1
) as
    (coalesce(reported, false) and (
        case
            when zero_consumption then coalesce(stock, 0) > 0 and stock >= min_stock
            else coalesce(cover_days >= target, false)
        end
    ));

-- The minimum stock (units) of an item of product group `grp` with no consumption, as the
-- analyst set it per group (metrics.Targets.min_*; default 1 unit).
create or replace macro min_stock_of(grp, m_medicine := 1, m_device := 1, m_ppe := 1) as
    case grp when 'medicine' then m_medicine when 'device' then m_device else m_ppe end;

-- The state of a (region, item) pair, shown wherever states show: 'no_report'; 'no_use_no_stock'
-- ("ingen förbrukning, inget lager": zero consumption and zero stock, not covered); 'no_use'
-- (zero consumption with stock); 'days' (days of cover against the target).
create or replace macro cover_state(reported, zero_consumption, stock) as
    case
        when not coalesce(reported, false) then 'no_report'
        when zero_consumption and coalesce(stock, 0) <= 0 then 'no_use_no_stock'
        when zero_consumption then 'no_use'
        else 'days'
    end;

-- How old (in days, at the month's end) a region's latest report of an item may be and still
-- stand for the month (issue 13 defect 4, docs/method.md "Each region's latest report"): a
-- quarter, so a region that reports monthly or quarterly always counts with its newest figures
-- and a partly reported month never empties the other pairs; an older report is "no report".
create or replace macro report_max_age_days() as 92;

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

-- A macro's body is bound when it is created, before the views and agg_* tables exist, so these
-- are rules over values only; the as-of date D and its month live in v_shortage_notices.

-- Active on day D: started on or before D and not resolved by D (no resolved date, or a later
-- one). The start page, the manufacturing page and the shortage page all count by this rule.
create or replace macro shortage_is_active(start_day, resolved_day, as_of_day) as
    start_day <= as_of_day and (resolved_day is null or resolved_day > as_of_day);

-- The first day of the shortage feed: the chosen day, or by default 30 days before D.
create or replace macro shortage_feed_since(chosen_day, as_of_day) as
    coalesce(chosen_day::date, (as_of_day - interval 30 day)::date);

-- The feed's one rule, shared by the list and its counts: in the period from since_day to D a
-- notice is 'resolved' if it was resolved then, else 'new' if it started then, else 'updated'
-- if it was updated then; null when it did not change in the period.
create or replace macro shortage_change_kind(
    start_day, updated_day, resolved_day, since_day, as_of_day
) as
    case
        when resolved_day between since_day and as_of_day then 'resolved'
        when start_day between since_day and as_of_day then 'new'
        when updated_day between since_day and as_of_day then 'updated'
    end;

-- ---------------------------------------------------------------- supply: macros of the area

-- The substances a SupplySelection chooses (null: no filter): substance_id, ATC code prefix
-- (level 1-4; products without an ATC code drop out), priority list version.
create or replace macro chosen_substances(sel_substance, sel_atc, sel_list_version) as table
    select s.substance_id
    from substances s
    where (sel_substance is null or s.substance_id = sel_substance)
      and (sel_atc is null or starts_with(s.atc_code, sel_atc))
      and (sel_list_version is null or s.substance_id in (
            select i.substance_id from priority_list_items i where i.list_version = sel_list_version
          ));

-- The Nordic countries can make an item: a Nordic site makes its active substance or its
-- finished product. A packaging site only packs what was made elsewhere: it does not count
-- (issue 12). Used by is_nordic_gap and the Nordic view's queries.
create or replace macro nordic_can_make(n_nordic_api, n_nordic_fpp) as
    coalesce(n_nordic_api, 0) + coalesce(n_nordic_fpp, 0) > 0;

-- selected_sites and supply_rows read the supply views, so they live in macros_supply.sql,
-- created after them (a macro binds its tables when it is created).

-- ---------------------------------------------------------------- grants: macros of the area

-- The region a drill-down shows: the one asked for, else the first by code (the page default).
create or replace macro chosen_region(wanted_region) as table
    select coalesce(wanted_region::varchar, (select min(region_code) from regions)) as region_code;

-- The order v_grant_reconciliation lists its rules in (1 = checked first).
create or replace macro grant_rule_order(rule_name) as
    list_position(
        ['allocations_not_total', 'requisitioned_over_allocated', 'used_over_allocated',
         'repaid_over_unused', 'use_outside_usage_window'],
        rule_name
    );
