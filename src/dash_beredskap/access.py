"""Who may see what: the one access policy, as data (no Streamlit, so it is tested alone).

Four roles, each including what the one before it may do, except that `public` sees less than
everyone: `public` (aggregates only: no company or site names, no coordinates, no per-region
per-substance stock), `official` (every page, exports of what is on screen), `analyst` (plus
exports of detailed tables and the public views) and `admin` (plus the admin page: users, loads
and the audit log).

A role maps to the pages it may open (page keys of ui/nav.py and "admin"), the queries it may
run (the binder's names "<area>/<name>") and the exports it may make. The query layer
(`ui.data.run`) asks `check_query` before it runs anything, so a page never decides access.
"""

from __future__ import annotations

from typing import Literal

ROLES: tuple[str, ...] = ("public", "official", "analyst", "admin")  # least to most
Role = Literal["public", "official", "analyst", "admin"]
Export = Literal["screen", "detail", "views"]


class AccessDenied(PermissionError):
    """The role may not open this page, run this query or make this export."""


class UnknownRole(ValueError):
    """A role that is not one of ROLES (a typo in a setting or on the command line)."""


def validate_role(role: str) -> Role:
    """`role` itself if it is one of ROLES; else UnknownRole naming the ones there are."""
    if role not in ROLES:
        raise UnknownRole(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    return role  # type: ignore[return-value]


# ------------------------------------------------------------------ pages

# Pages whose every query is in PUBLIC_QUERIES (a section of a page that needs more is refused
# by the query layer with a message; the page stays up).
PUBLIC_PAGES = frozenset(
    {"overview", "public_supply", "coverage", "grants", "grant_region", "grant_deadlines", "about"}
)
OFFICIAL_PAGES = PUBLIC_PAGES | {
    "presentation",
    "manufacturing",
    "substance",
    "companies",
    "region",
    "shortages",
    "exposure",
    "scenarios",
}
ADMIN_PAGES = OFFICIAL_PAGES | {"admin"}

PAGES: dict[str, frozenset[str]] = {
    "public": PUBLIC_PAGES,
    "official": OFFICIAL_PAGES,
    "analyst": OFFICIAL_PAGES,
    "admin": ADMIN_PAGES,
}


def may_open(role: str, page: str) -> bool:
    """Whether `role` may open the page with key `page`."""
    return page in PAGES[validate_role(role)]


# ------------------------------------------------------------------ queries

# Queries that read public aggregates only: counts and shares per region, country or month,
# the state's grant money (public record) and reference data. None returns a company or site
# name, a coordinate or one region's stock of one substance (a test runs each on the demo
# database and checks its columns and values).
PUBLIC_QUERIES = frozenset(
    {
        "meta/schema_info",
        "meta/data_sources",
        "meta/public_views",
        "meta/shapes",
        "coverage/coverage_months",
        "coverage/region_cover_on",
        "coverage/national_cover_trend",
        "coverage/region_cover_trend",
        "coverage/cover_compare_regions",
        "coverage/cover_distribution",
        "coverage/region_choices",
        "grants/government_dates",
        "grants/grant_agreement_dates",
        "grants/grant_allocation_key",
        "grants/grant_deadline_facts",
        "grants/grant_instruments_list",
        "grants/grant_key_instruments",
        "grants/grant_ledger_rows",
        "grants/grant_reconciliation",
        "grants/grant_region_choices",
        "grants/grant_region_cumulative",
        "grants/grant_region_instrument_totals",
        "grants/grant_region_instruments",
        "grants/grant_region_totals",
        "grants/grant_timeline",
        "grants/grant_totals",
        "grants/grant_use_by_purpose",
        "grants/grants_by_instrument",
        "grants/region_costs_by_year",
        "shortages/active_shortage_summary",
        "supply/single_country_api_summary",
        "supply/public_sites_per_country",
    }
)
# The admin page's queries (the users, the audit log) and the sign-in lookup, which the access
# layer runs itself: through the query layer only admin may run them.
ADMIN_QUERIES = frozenset({"meta/users", "meta/audit_log", "meta/user_role"})
# Queries that read whole tables for export (a public view, every row): the roles that may
# export "views" (analyst, admin) run them.
EXPORT_QUERIES = frozenset({"meta/view_rows"})


def may_run(role: str, query: str) -> bool:
    """Whether `role` may run query `query` ("<area>/<name>")."""
    role = validate_role(role)
    if query in ADMIN_QUERIES:
        return role == "admin"
    if query in EXPORT_QUERIES:
        return may_export(role, "views")
    return role != "public" or query in PUBLIC_QUERIES


def check_query(role: str, query: str) -> None:
    """AccessDenied unless `role` may run `query`: the query layer's one gate."""
    if not may_run(role, query):
        raise AccessDenied(f"the role {role!r} may not run the query {query!r}")


# ------------------------------------------------------------------ exports

# screen: a table as shown (its rows already filtered by the role's queries); detail: the
# detailed tables behind a page; views: whole public views (v_*).
EXPORTS: dict[str, frozenset[str]] = {
    "public": frozenset({"screen"}),
    "official": frozenset({"screen"}),
    "analyst": frozenset({"screen", "detail", "views"}),
    "admin": frozenset({"screen", "detail", "views"}),
}


def may_export(role: str, kind: str) -> bool:
    """Whether `role` may make an export of `kind` (screen, detail or views)."""
    return kind in EXPORTS[validate_role(role)]


def normalise_email(email: str) -> str:
    """The form an e-mail is stored and compared in: trimmed, lower case; ValueError if it is
    not shaped like one address."""
    value = email.strip().lower()
    local, at, domain = value.partition("@")
    if not at or not local or "." not in domain or any(c.isspace() for c in value):
        raise ValueError(f"not an e-mail address: {email!r}")
    return value
