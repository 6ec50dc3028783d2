"""The access policy (dash_beredskap.access): every page and query has a decision, and what
`public` may run holds no company or site name, no coordinate and no per-region per-substance
stock, checked by running each allowed query on a demo database."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dash_beredskap import access
from dash_beredskap.queries import binder
from dash_beredskap.ui import nav

QUERY_DIR = Path(binder.__file__).resolve().parents[1] / "sql" / "queries"
ALL_QUERIES = sorted(f"{p.parent.name}/{p.stem}" for p in QUERY_DIR.glob("*/*.sql"))
# columns that name a company or a site, place it, or hold one region's stock of one item
FORBIDDEN_COLUMNS = {
    "company_id",
    "company_name",
    "site_id",
    "city",
    "lat",
    "lon",
    "top_city",
    "substance_id",
    "substance_name",
    "quantity",
    "days_of_cover",
}


def test_every_page_has_a_decision_for_every_role() -> None:
    keys = {p.key for p in nav.PAGES}
    for role in access.ROLES:
        assert access.PAGES[role] <= keys | {"admin"}, role
    assert access.PAGES["official"] == keys - {"admin"}  # every page but admin
    assert access.PAGES["public"] < access.PAGES["official"] <= access.PAGES["analyst"]
    assert access.PAGES["analyst"] < access.PAGES["admin"]
    assert not access.may_open("analyst", "admin")
    assert access.may_open("admin", "admin")
    assert not access.may_open("public", "companies")
    assert not access.may_open("public", "manufacturing")


def test_every_named_query_exists() -> None:
    assert set(access.PUBLIC_QUERIES) <= set(ALL_QUERIES)
    assert set(access.ADMIN_QUERIES) <= set(ALL_QUERIES)
    assert set(access.EXPORT_QUERIES) <= set(ALL_QUERIES)


def test_public_runs_only_its_queries_and_admin_queries_need_admin() -> None:
    for name in ALL_QUERIES:
        assert access.may_run("public", name) == (name in access.PUBLIC_QUERIES), name
        if name not in access.ADMIN_QUERIES | access.EXPORT_QUERIES:
            assert access.may_run("official", name), name
    for name in access.EXPORT_QUERIES:  # whole views: only the roles that export views
        assert [r for r in access.ROLES if access.may_run(r, name)] == ["analyst", "admin"]
    for role in ("public", "official", "analyst"):
        for name in access.ADMIN_QUERIES:
            with pytest.raises(access.AccessDenied, match=name):
                access.check_query(role, name)
    access.check_query("admin", "meta/audit_log")  # no error
    with pytest.raises(access.AccessDenied, match="supply/site_map_points"):
        access.check_query("public", "supply/site_map_points")


def test_exports_per_role() -> None:
    assert access.may_export("public", "screen") and not access.may_export("public", "detail")
    assert not access.may_export("official", "views")
    assert access.may_export("analyst", "views") and access.may_export("admin", "detail")


def test_unknown_role_is_refused_naming_the_roles() -> None:
    with pytest.raises(access.UnknownRole, match="public, official, analyst, admin"):
        access.may_run("superuser", "meta/schema_info")


@pytest.mark.parametrize(
    ("given", "stored"), [(" Anna.Berg@Region.SE ", "anna.berg@region.se"), ("a@b.se", "a@b.se")]
)
def test_emails_are_normalised(given: str, stored: str) -> None:
    assert access.normalise_email(given) == stored


@pytest.mark.parametrize("bad", ["", "anna", "@region.se", "anna@region", "an na@region.se"])
def test_malformed_emails_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not an e-mail"):
        access.normalise_email(bad)


# ------------------------------------------------------------------ on the demo database


@pytest.fixture(scope="module")
def demo(demo_file: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(demo_file), read_only=True)
    yield con
    con.close()


def _function(name: str):
    area, query = name.split("/")
    return getattr(importlib.import_module(f"dash_beredskap.queries.{area}"), query)


def _calls(name: str, con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Default arguments, and one region's when the query takes a region."""
    params = inspect.signature(_function(name)).parameters
    calls: list[dict] = [{}]
    for key in ("region", "recipient"):
        if key in params:
            calls.append({key: "01"})
    return calls


def test_public_queries_hold_no_company_site_or_coordinate(demo) -> None:
    companies = {r[0] for r in demo.execute("select company_name from companies").fetchall()}
    regions = set(_function("coverage/region_choices")(demo).astype(str).to_numpy().ravel())
    # a city that is also a region's name (Stockholm, Uppsala) says nothing about a site
    cities = {r[0] for r in demo.execute("select city from sites").fetchall()} - regions
    assert len(companies) > 50 and len(cities) > 50  # the check below can find something
    for name in sorted(access.PUBLIC_QUERIES):
        for kwargs in _calls(name, demo):
            frame = _function(name)(demo, **kwargs)
            assert not FORBIDDEN_COLUMNS & set(frame.columns), (name, kwargs)
            text = {str(v) for v in frame.astype(str).to_numpy().ravel()}
            assert not text & companies, (name, sorted(text & companies)[:3])
            assert not text & cities, (name, sorted(text & cities)[:3])


def test_the_check_finds_names_in_a_query_public_may_not_run(demo) -> None:
    """The same check on site_map_points does find names: the test above can fail."""
    companies = {r[0] for r in demo.execute("select company_name from companies").fetchall()}
    frame = _function("supply/site_map_points")(demo)
    assert FORBIDDEN_COLUMNS & set(frame.columns)
    assert set(frame["company_name"]) & companies


def test_public_site_counts_match_the_sites_and_hide_counts_under_3(demo) -> None:
    """Counted again in Python from the base table: a count under 3 is null, the rest exact."""
    rows = demo.execute("select country_iso2, company_id from sites").fetchall()
    sites: dict[str, int] = {}
    companies: dict[str, set[str]] = {}
    for country, company in rows:
        sites[country] = sites.get(country, 0) + 1
        companies.setdefault(country, set()).add(company)
    frame = _function("supply/public_sites_per_country")(demo)
    shown = {r.country_iso2: (r.n_sites, r.n_companies) for r in frame.itertuples()}
    assert set(shown) == set(sites)

    def public(n: int) -> int | None:
        return n if n >= 3 else None

    for country, n in sites.items():
        got = tuple(None if pd.isna(v) else int(v) for v in shown[country])
        assert got == (public(n), public(len(companies[country]))), country
    assert any(len(c) < 3 for c in companies.values())  # the demo has something to hide
    # suppressed rows come last, by name: their order tells nothing about their size
    suppressed = frame[frame["n_sites"].isna()]
    assert list(suppressed.index) == list(range(len(frame) - len(suppressed), len(frame)))
    assert list(suppressed["country_name"]) == sorted(suppressed["country_name"])


def test_suppress_small_hides_one_and_two_only(demo) -> None:
    got = demo.execute("select n, suppress_small(n) from range(0, 6) t(n) order by n").fetchall()
    assert got == [(0, 0), (1, None), (2, None), (3, 3), (4, 4), (5, 5)]


def test_view_rows_reads_only_public_views(demo) -> None:
    views = _function("meta/public_views")(demo)["view_name"]
    rows = _function("meta/view_rows")(demo, "v_site_map")
    assert len(rows) == demo.execute("select count(*) from sites").fetchone()[0]
    assert "v_site_map" in set(views)
    for bad in ("sites", "companies", "v_nope", "v_site_map; drop table sites", "V_SITE_MAP"):
        with pytest.raises(ValueError, match="not a public view"):
            _function("meta/view_rows")(demo, bad)
