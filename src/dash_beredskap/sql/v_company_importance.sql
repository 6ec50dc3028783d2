-- One row per company: its sites, the priority items it is a source of (only source, one of
-- two) and its services; built at load time (agg_company_importance).
create or replace view v_company_importance as
select * from agg_company_importance
