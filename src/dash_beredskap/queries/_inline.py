"""Inline SQL helpers shared while queries move to sql/queries/ (issue 11): to be emptied."""

from __future__ import annotations

import re

import duckdb
import pandas as pd

from dash_beredskap.metrics import DEFAULT_TARGETS, Targets

Connection = duckdb.DuckDBPyConnection


# The language picks a name column through a bound value, never by building SQL text.
_NAME_SV_OR_EN = "case when ? = 'en' then {t}.name_en else {t}.name_sv end"


_CURRENT_PRIORITY = """
    select i.substance_id
    from priority_list_items i
    join priority_lists l using (list_version)
    where l.is_current
"""


# "Active as of the latest snapshot date" D: started on or before D and not resolved by D
# (resolved_date null, or after D). D is the newest stock snapshot (read from the month-end
# table built at load time, not the raw stock table); with no snapshot, the newest shortage
# update stands in.
_SHORTAGE_AS_OF = """
    select coalesce(
        (select max(snapshot_date) from agg_coverage_monthly),
        (select max(updated_on) from shortages)
    ) as as_of
"""


def _df(con: Connection, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


_REGION_SHORT = "regexp_replace({t}.region_name, '^Region ', '')"


_NAMED_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")


def _named_df(con: Connection, sql: str, values: dict[str, object]) -> pd.DataFrame:
    """Run `sql` with the named values it uses (DuckDB refuses values a query does not use)."""
    used = set(_NAMED_PARAM.findall(sql))
    return con.execute(sql, {k: v for k, v in values.items() if k in used}).df()


_TARGET_DAYS = (
    "case {t}.category when 'medicine' then $t_medicine when 'device' then $t_device "
    "else $t_ppe end"
)


# A reported item meets its group's target; zero normal consumption meets any target.
_MEETS = (
    "({t}.has_report and ({t}.is_zero_consumption or {t}.days_of_cover >= " + _TARGET_DAYS + "))"
)


_SHORT_NAME = "regexp_replace({t}.region_name, '^Region ', '')"


def _cover_df(
    con: Connection, sql: str, values: dict[str, object], targets: Targets | None = None
) -> pd.DataFrame:
    return _named_df(con, sql, {**values, **(targets or DEFAULT_TARGETS).params()})


_CHOSEN_REGION = (
    "select coalesce(?::varchar, (select min(region_code) from regions)) as region_code"
)
