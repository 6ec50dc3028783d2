"""The table columns of the coverage pages (Täckning, Region, Exponering), one list per table:
the same list drives the on-screen table and its CSV/Excel download."""

from dash_beredskap.ui.grants.columns import MONEY_COLUMNS
from dash_beredskap.ui.tables import Column

# ---- Täckning

REGION_SHARES = [
    Column("rank", "col.cover_rank", "int"),
    Column("region_code", "col.region_code"),
    Column("region_name", "col.region_name"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_priority", "col.n_priority", "int"),
    Column("change_share", "col.cover_change_pp", "percent"),
    Column("last_report_date", "col.cover_last_report", "date"),
]

PPE = [
    Column("region_code", "col.region_code"),
    Column("region_name", "col.region_name"),
    Column("n_items", "col.cover_n_items", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("quantity", "col.cover_quantity", "number"),
    Column("median_days_of_cover", "col.cover_median_days", "number"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("share_meeting_target", "col.cover_share", "percent"),
]

HEAT = [
    Column("region_code", "col.region_code"),
    Column("region_short_name", "col.region_name"),
    Column("group_key", "col.cover_group"),
    Column("item_name", "col.substance_name"),
    Column("n_items", "col.cover_n_items", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("median_days", "col.cover_median_days", "number"),
    Column("n_zero_consumption", "col.cover_n_zero", "int"),
    Column("n_zero_no_stock", "col.cover_n_zero_no_stock", "int"),
    Column("target_days", "col.cover_target_days", "int"),
]

REGION_TRENDS = [
    Column("month", "col.cover_month", "date"),
    Column("region_code", "col.region_code"),
    Column("region_name", "col.region_name"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_priority", "col.n_priority", "int"),
]

NATIONAL_TREND = [
    Column("month", "col.cover_month", "date"),
    Column("snapshot_date", "col.cover_last_report", "date"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("n_pairs", "col.cover_n_pairs", "int"),
    Column("n_regions_reporting", "col.cover_n_regions_reporting", "int"),
]

AGREEMENTS = [
    Column("marker_date", "col.cover_marker_date", "date"),
    Column("instrument_name", "col.instrument_name"),
    Column("total_sek", "col.cover_total_sek", "mnkr"),
]

COMPARE = [
    Column("region_code", "col.region_code"),
    Column("region_name", "col.region_name"),
    Column("share_then", "col.cover_share_then", "percent"),
    Column("share_now", "col.cover_share_now", "percent"),
    Column("change_share", "col.cover_change_pp", "percent"),
    Column("n_improved", "col.cover_n_improved", "int"),
    Column("n_worsened", "col.cover_n_worsened", "int"),
]

CHANGES = [
    Column("region_short_name", "col.region_name"),
    Column("substance_name", "col.substance_name"),
    Column("status_label", "col.cover_status"),
    Column("days_then", "col.cover_days_then", "number"),
    Column("days_now", "col.cover_days_now", "number"),
    Column("change_days", "col.cover_change_days", "number"),
    Column("target_days", "col.cover_target_days", "int"),
]

CAPITA = [
    Column("region_code", "col.region_code"),
    Column("region_name", "col.region_name"),
    Column("population", "col.cover_population", "int"),
    Column("quantity", "col.cover_quantity", "number"),
    Column("stock_per_100k", "col.cover_stock_per_100k", "number"),
    Column("daily_consumption", "col.cover_daily_consumption", "number", decimals=2),
    Column("consumption_per_100k", "col.cover_consumption_per_100k", "number", decimals=2),
    Column("days_of_cover", "col.cover_days", "number"),
]

NORDIC = [
    Column("rule_label", "col.cover_rule"),
    Column("holder_label", "col.cover_rule_holder"),
    Column("days", "col.cover_rule_days", "int"),
    Column("share_at_least", "col.cover_share_at_least", "percent"),
    Column("share_at_least_high", "col.cover_share_at_least_high", "percent"),
]

CURVE = [
    Column("days", "col.cover_rule_days", "int"),
    Column("n_at_least", "col.cover_n_at_least", "int"),
    Column("n_items", "col.cover_n_pairs", "int"),
    Column("share_at_least", "col.cover_share_at_least", "percent"),
]

# ---- Region

GAPS = [
    Column("substance_name", "col.substance_name", width="medium"),
    Column("category_label", "col.cover_category"),
    Column("days_of_cover", "col.cover_days", "number"),
    Column("is_zero_no_stock", "col.cover_zero_no_stock", "bool"),
    Column("target_days", "col.cover_target_days", "int"),
    Column("days_short", "col.cover_days_short", "number"),
    Column("is_on_earlier_list", "col.cover_on_earlier_list", "bool"),
    Column("vulnerability_score", "col.cover_vulnerability", "number"),
    Column("importance", "col.cover_importance", "index"),
    Column("weighted_gap", "col.cover_weighted_gap", "number"),
    Column("national_days_of_cover", "col.cover_national_days", "number"),
    Column("n_active_notices", "col.cover_active_notices", "int"),
]

NO_REPORT = [
    Column("substance_name", "col.substance_name"),
    Column("category_label", "col.cover_category"),
    Column("atc_code", "col.atc_code"),
    Column("national_days_of_cover", "col.cover_national_days", "number"),
]

ITEMS = [
    Column("substance_id", "col.cover_substance_id"),
    Column("substance_name", "col.substance_name"),
    Column("category", "col.cover_category"),
    Column("has_report", "col.cover_has_report", "bool"),
    Column("snapshot_date", "col.cover_last_report", "date"),
    Column("quantity", "col.cover_quantity", "number"),
    Column("daily_consumption", "col.cover_daily_consumption", "number", decimals=2),
    Column("is_zero_consumption", "col.cover_zero_use", "bool"),
    Column("is_zero_no_stock", "col.cover_zero_no_stock", "bool"),
    Column("days_of_cover", "col.cover_days", "number"),
    Column("national_days_of_cover", "col.cover_national_days", "number"),
    Column("vulnerability_score", "col.cover_vulnerability", "number"),
    Column("is_on_earlier_list", "col.cover_on_earlier_list", "bool"),
]

CATEGORIES = [
    Column("category_label", "col.cover_category"),
    Column("target_days", "col.cover_target_days", "int"),
    Column("n_items", "col.cover_n_items", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("national_share", "col.cover_national_share", "percent"),
]

REGION_TREND = [
    Column("month", "col.cover_month", "date"),
    Column("share_meeting_target", "col.cover_share", "percent"),
    Column("n_meeting_target", "col.n_meeting_target", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_priority", "col.n_priority", "int"),
]

EXPIRING = [
    Column("substance_name", "col.substance_name"),
    Column("category_label", "col.cover_category"),
    Column("quantity", "col.cover_quantity", "number"),
    Column("days_of_stock", "col.cover_days_of_stock", "number"),
    Column("expiry_date", "col.cover_expiry_date", "date"),
    Column("days_to_expiry", "col.cover_days_to_expiry", "int"),
    Column("days_of_cover", "col.cover_days_counted", "number"),
    Column("quantity_expiring_unused", "col.cover_expiring_unused", "number"),
]

SYSTEMS = [
    Column("system_name", "col.cover_system_name", width="medium"),
    Column("kind_label", "col.cover_system_kind"),
    Column("description", "col.cover_description", width="large"),
]

COST_YEARS = [
    Column("year", "col.year"),
    Column("actual_sek", "col.cover_actual_sek", "mnkr"),
    Column("planned_sek", "col.cover_planned_sek", "mnkr"),
]

COSTS = [
    Column("year", "col.year"),
    Column("kind_label", "col.cover_cost_kind"),
    Column("category_label", "col.cover_category"),
    Column("cost_sek", "col.cover_cost_sek", "mnkr"),
]

GRANTS = [
    Column("instrument_name", "col.instrument_name", width="large"),
    Column("instrument_year", "col.instrument_year"),
    *MONEY_COLUMNS,
]

# ---- Exponering

EXPOSURE_RANKING = [
    Column("rank", "col.cover_rank", "int"),
    Column("region_code", "col.region_code"),
    Column("region_name", "col.region_name"),
    Column("exposure_sum", "col.cover_exposure_sum", "number"),
    Column("n_exposed", "col.cover_n_exposed", "int"),
    Column("n_reported", "col.n_reported", "int"),
    Column("n_no_report", "col.cover_n_no_report", "int"),
    Column("n_items", "col.n_priority", "int"),
]

EXPOSED = [
    Column("region_short_name", "col.region_name"),
    Column("substance_name", "col.substance_name", width="medium"),
    Column("category_label", "col.cover_category"),
    Column("days_of_cover", "col.cover_days", "number"),
    Column("is_no_report", "col.cover_is_no_report", "bool"),
    Column("last_report_month", "col.cover_last_report_month", "date"),
    Column("target_days", "col.cover_target_days", "int"),
    Column("shortfall", "col.cover_shortfall", "percent"),
    Column("concentration", "col.cover_concentration", "index"),
    Column("n_source_sites", "col.cover_n_source_sites", "int"),
    Column("n_source_countries", "col.cover_n_source_countries", "int"),
    Column("top_api_country", "col.top_api_country"),
    Column("is_single_country", "col.single_country_api", "bool"),
    Column("is_single_site", "col.cover_single_site", "bool"),
    Column("has_no_known_source", "col.cover_no_known_source", "bool"),
    Column("exposure", "col.cover_exposure", "number"),
    Column("n_active_notices", "col.cover_active_notices", "int"),
]
