-- Shortage macros that read v_shortage_notices (created after it: a macro binds its tables when
-- it is created).

-- The feed's period and every notice classified by the feed's one rule (shortage_change_kind):
-- from `wanted_since` (null: 30 days before the as-of date D) up to D. change_kind is null for
-- a notice that did not change in the period. With no notice at all, one row still carries the
-- period (its notice columns null), so counts over it are 0, not missing.
create or replace macro shortage_changes(wanted_since, priority_only) as table
    with latest as (
        select max(as_of_date) as as_of from v_shortage_notices
    ),
    period as (
        select shortage_feed_since(wanted_since, l.as_of) as since, l.as_of from latest l
    ),
    notices as (
        select * from v_shortage_notices
        where not priority_only or is_on_priority_list
    )
    select
        n.*,
        shortage_change_kind(n.start_date, n.updated_on, n.resolved_date, p.since, p.as_of)
            as change_kind,
        p.since,
        p.as_of
    from period p
    left join notices n on true;
