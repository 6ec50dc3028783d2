-- The builder's company search: at most $limit companies whose name or id contains $text
-- (any case; '' matches every company), by name, with their sites and the distinct items those
-- make (0 if none; counted at load time).
with companies as (
    select * from agg_scenario_companies
),
final as (
    select company_id, company_name, n_sites, n_substances
    from companies
    where contains(lower(company_name), lower($text)) or contains(lower(company_id), lower($text))
    order by company_name, company_id
    limit $limit
)
select * from final order by company_name, company_id
