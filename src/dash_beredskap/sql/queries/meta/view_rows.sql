-- Every row of one public view, for an analyst's export. $view is bound, never pasted, and
-- queries.meta.view_rows runs this only for a name meta/public_views lists.
select * from query_table($view)
