-- What changed from $since (null: 30 days before the as-of date D) up to D, newest first: each
-- notice by the feed's one rule (shortage_change_kind), with the day of that change. Notices
-- with no change in the period are left out.
with classified as (
    select * from shortage_changes($since, $only_priority)
),
final as (
    select
        c.change_kind,
        case c.change_kind
            when 'resolved' then c.resolved_date
            when 'new' then c.start_date
            else c.updated_on
        end as change_date,
        c.notice_id,
        c.substance_id,
        name_in($lang, s.name_sv, s.name_en) as substance_name,
        c.product_name,
        c.kind,
        c.start_date,
        c.expected_end_date,
        c.resolved_date,
        c.updated_on,
        c.is_on_priority_list,
        c.is_active,
        c.since,
        c.as_of_date
    from classified c
    join substances s using (substance_id)
    where c.change_kind is not null
)
select * from final
order by change_date desc, notice_id
