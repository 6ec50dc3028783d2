"""The scenario page's table columns: what is shown, and what each download holds (more)."""

from __future__ import annotations

from dash_beredskap.ui.tables import Column

RISK_SHOWN = [
    Column("substance_name", "col.scenario_substance", width="medium"),
    Column("atc_code", "col.scenario_atc"),
    Column("status_label", "col.scenario_status"),
    Column("api_left_of", "col.scenario_api_left_of"),
    Column("fpp_left_of", "col.scenario_fpp_left_of"),
    Column("supply_left_min", "col.scenario_supply_left", "percent", decimals=0),
    Column("n_regions_running_out", "col.scenario_n_regions_out", "int"),
    Column("first_stockout_date", "col.scenario_first_out", "date"),
]
RISK_COLUMNS = [
    Column("substance_name", "col.scenario_substance", width="medium"),
    Column("atc_code", "col.scenario_atc"),
    Column("status_label", "col.scenario_status"),
    Column("n_api_sites_left", "col.scenario_api_left", "int"),
    Column("n_api_sites", "col.scenario_api_sites", "int"),
    Column("n_fpp_sites_left", "col.scenario_fpp_left", "int"),
    Column("n_fpp_sites", "col.scenario_fpp_sites", "int"),
    Column("supply_left_min", "col.scenario_supply_left", "percent", decimals=0),
    Column("n_regions_running_out", "col.scenario_n_regions_out", "int"),
    Column("first_stockout_date", "col.scenario_first_out", "date"),
]
REGION_COLUMNS = [
    Column("region_name", "col.scenario_region", width="medium"),
    Column("region_state_label", "col.scenario_region_state", width="medium"),
    Column("n_running_out", "col.scenario_n_out", "int"),
    Column("n_running_out_within", "col.scenario_n_out_within", "int"),
    Column("first_stockout_date", "col.scenario_first_out", "date"),
    Column("first_stockout_day", "col.scenario_first_day", "number", decimals=0),
    Column("n_not_reported", "col.scenario_n_not_reported", "int"),
    Column("n_priority", "col.scenario_n_priority", "int"),
]
REGION_ITEM_COLUMNS = [
    Column("region_name", "col.scenario_region"),
    Column("substance_name", "col.scenario_substance", width="medium"),
    Column("status_label", "col.scenario_status"),
    Column("is_reported", "col.scenario_is_reported", "bool"),
    Column("days_of_cover_at_start", "col.scenario_cover_days", "number", decimals=1),
    Column("cover_shorter_than_scenario", "col.scenario_cover_shorter", "bool"),
    Column("stockout_date", "col.scenario_out_date", "date"),
    Column("stockout_day", "col.scenario_out_day", "number", decimals=1),
    Column("stock_left_at_end", "col.scenario_stock_left", "number", decimals=1),
    Column("alternatives_days_added", "col.scenario_days_added", "number", decimals=1),
]
ALTERNATIVE_COLUMNS = [
    Column("region_name", "col.scenario_region"),
    Column("substance_name", "col.scenario_substance", width="medium"),
    Column("stockout_date", "col.scenario_out_date", "date"),
    Column("alternative_name", "col.scenario_alternative", width="medium"),
    Column("alternative_stock_left", "col.scenario_alt_stock", "number", decimals=0),
    Column("days_added", "col.scenario_days_added", "number", decimals=0),
]
COMPARE_COLUMNS = [
    Column("measure", "scenarios.compare.metric", width="large"),
    Column("a", "col.scenario_a", "int"),
    Column("b", "col.scenario_b", "int"),
    Column("difference", "col.scenario_difference", "int"),
]
COMPARE_REGION_COLUMNS = [
    Column("region_name", "col.scenario_region", width="medium"),
    Column("n_running_out_a", "col.scenario_out_a", "int"),
    Column("n_running_out_b", "col.scenario_out_b", "int"),
    Column("difference", "col.scenario_difference", "int"),
    Column("first_stockout_date_a", "col.scenario_first_a", "date"),
    Column("first_stockout_date_b", "col.scenario_first_b", "date"),
]
