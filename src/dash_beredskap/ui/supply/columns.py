"""The table columns of the supply pages (Tillverkning, Substans, Företag), one list per table:
the same list drives the on-screen table and its CSV/Excel download."""

from dash_beredskap.ui.coverage.shortages import NOTICE_BASICS
from dash_beredskap.ui.tables import Column

# ---- Tillverkning

VULNERABILITY = [
    Column("substance_name", "col.substance_name", width="medium"),
    Column("atc_code", "col.atc_code"),
    Column("vulnerability_score", "col.vulnerability_score", "number"),
    Column("points_concentration", "col.points_concentration", "number"),
    Column("points_few_sources", "col.points_few_sources", "number"),
    Column("points_outside_eu_eea", "col.points_outside_eu_eea", "number"),
    Column("points_shortage_history", "col.points_shortage_history", "number"),
    Column("source_stage_label", "col.source_stage"),
    Column("n_source_sites", "col.n_source_sites", "int"),
    Column("n_source_companies", "col.n_source_companies", "int"),
    Column("n_source_countries", "col.n_source_countries", "int"),
    Column("supplier_weighting_label", "col.supplier_weighting"),
    Column("hhi_supply", "col.hhi_supply", "index"),
    Column("supplier_share_eu_eea", "col.supplier_share_eu_eea", "percent", decimals=0),
    Column(
        "supplier_share_close_partner", "col.supplier_share_close_partner", "percent", decimals=0
    ),
    Column("supplier_share_distant", "col.supplier_share_distant", "percent", decimals=0),
    Column("hhi_source", "col.hhi_source", "index"),
    Column("eu_eea_share_source", "col.eu_eea_share_source", "percent", decimals=0),
    Column("n_shortages_3y", "col.n_shortages_3y", "int"),
    Column("n_active_shortages", "col.n_active_shortages", "int"),
    Column("n_api_sites", "col.n_api_sites", "int"),
    Column("n_api_countries", "col.n_api_countries", "int"),
    Column("hhi_api", "col.hhi_api", "index"),
    Column("top_api_country_name", "col.top_api_country"),
    Column("top_api_country_share", "col.top_api_country_share", "percent", decimals=0),
    Column("single_country_api", "col.single_country_api", "bool"),
    Column("n_fpp_sites", "col.n_fpp_sites", "int"),
    Column("n_nordic_sites", "col.n_nordic_sites", "int"),
]

NORDIC = [
    Column("substance_name", "col.substance_name", width="medium"),
    Column("atc_code", "col.atc_code"),
    Column("nordic_role_label", "col.nordic_role", width="medium"),
    Column("n_nordic_sites", "col.n_nordic_sites", "int"),
    Column("n_nordic_api_sites", "col.n_nordic_api_sites", "int"),
    Column("n_nordic_fpp_sites", "col.n_nordic_fpp_sites", "int"),
    Column("n_nordic_packaging_sites", "col.n_nordic_packaging_sites", "int"),
    Column("n_sites_se", "col.n_sites_se", "int"),
    Column("n_sites_no", "col.n_sites_no", "int"),
    Column("n_sites_dk", "col.n_sites_dk", "int"),
    Column("n_sites_fi", "col.n_sites_fi", "int"),
    Column("n_sites_is", "col.n_sites_is", "int"),
    Column("nordic_capacity_index_sum", "col.nordic_capacity_index_sum", "number"),
    Column("n_source_sites", "col.n_source_sites", "int"),
    Column("vulnerability_score", "col.vulnerability_score", "number"),
]

NORDIC_GAPS = [
    Column("substance_name", "col.substance_name", width="medium"),
    Column("atc_code", "col.atc_code"),
    Column("nordic_has_api", "col.nordic_has_api", "bool"),
    Column("nordic_has_fpp", "col.nordic_has_fpp", "bool"),
    Column("nordic_has_packaging", "col.nordic_has_packaging", "bool"),
    Column("vulnerability_score", "col.vulnerability_score", "number"),
    Column("n_source_sites", "col.n_source_sites", "int"),
    Column("n_source_countries", "col.n_source_countries", "int"),
    Column("top_api_country_name", "col.top_api_country"),
    Column("eu_eea_share_source", "col.eu_eea_share_source", "percent", decimals=0),
    Column("n_fpp_sites", "col.n_fpp_sites", "int"),
    Column("n_active_shortages", "col.n_active_shortages", "int"),
]

ACTIVE_SHORTAGES = NOTICE_BASICS


# ---- Substans

SUBSTANCE_COUNTRIES = [
    Column("country_name", "col.country"),
    Column("group_label", "col.country_group"),
    Column("is_eu_eea", "col.is_eu_eea", "bool"),
    Column("n_sites", "col.n_sites", "int"),
    Column("n_api_sites", "col.n_api_sites", "int"),
    Column("n_fpp_sites", "col.n_fpp_sites", "int"),
    Column("n_packaging_sites", "col.n_packaging_sites", "int"),
    Column("n_companies", "col.n_companies", "int"),
]

SUBSTANCE_COMPANIES = [
    Column("company_name", "col.company_name", width="medium"),
    Column("is_vital", "col.is_vital", "bool"),
    Column("site_types_label", "col.site_types"),
    Column("n_sites", "col.n_sites", "int"),
    Column("countries", "col.countries"),
    Column("is_sole_source", "col.is_sole_source", "bool"),
    Column("is_one_of_two", "col.is_one_of_two", "bool"),
]

SUBSTANCE_SHORTAGES = [
    Column("product_name", "col.product_name", width="medium"),
    Column("kind_label", "col.shortage_kind"),
    Column("start_date", "col.start_date", "date"),
    Column("expected_end_date", "col.expected_end_date", "date"),
    Column("resolved_date", "col.resolved_date", "date"),
    Column("is_active", "col.is_active", "bool"),
]

ALTERNATIVES = [
    Column("substance_name", "col.substance_name", width="medium"),
    Column("atc_code", "col.atc_code"),
    Column("is_priority", "col.is_on_priority_list", "bool"),
    Column("vulnerability_score", "col.vulnerability_score", "number"),
    Column("n_source_sites", "col.n_source_sites", "int"),
    Column("n_source_companies", "col.n_source_companies", "int"),
    Column("n_source_countries", "col.n_source_countries", "int"),
    Column("hhi_supply", "col.hhi_supply", "index"),
    Column("top_api_country_name", "col.top_api_country"),
    Column("eu_eea_share_source", "col.eu_eea_share_source", "percent", decimals=0),
    Column("n_nordic_sites", "col.n_nordic_sites", "int"),
    Column("n_active_shortages", "col.n_active_shortages", "int"),
]


# ---- Företag

COMPANY_RANKING = [
    Column("company_name", "col.company_name", width="medium"),
    Column("hq_country_name", "col.hq_country"),
    Column("is_vital_goods", "col.is_vital_goods", "bool"),
    Column("is_vital_services", "col.is_vital_services", "bool"),
    Column("services_label", "col.services", width="medium"),
    Column("is_sole_source_unflagged", "col.is_sole_source_unflagged", "bool"),
    Column("n_sole_source", "col.n_sole_source", "int"),
    Column("n_one_of_two", "col.n_one_of_two", "int"),
    Column("n_priority_items", "col.n_priority_items", "int"),
    Column("n_sites", "col.n_sites", "int"),
    Column("n_countries", "col.n_countries", "int"),
    Column("n_api_sites", "col.n_api_sites", "int"),
    Column("n_fpp_sites", "col.n_fpp_sites", "int"),
    Column("n_packaging_sites", "col.n_packaging_sites", "int"),
]

COMPANY_ITEMS = [
    Column("substance_name", "col.substance_name", width="medium"),
    Column("atc_code", "col.atc_code"),
    Column("is_priority", "col.is_on_priority_list", "bool"),
    Column("site_types_label", "col.site_types"),
    Column("n_sites", "col.n_sites", "int"),
    Column("is_source", "col.is_source", "bool"),
    Column("n_source_companies", "col.n_source_companies", "int"),
    Column("is_sole_source", "col.is_sole_source", "bool"),
    Column("is_one_of_two", "col.is_one_of_two", "bool"),
    Column("vulnerability_score", "col.vulnerability_score", "number"),
]
