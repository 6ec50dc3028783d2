"""The demo database: reproducible from its seed, real facts intact, synthetic data labelled.

Each database is built once per module through the real CLI (the same steps users run).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dash_beredskap import db
from dash_beredskap.cli import cli
from dash_beredskap.demo import DEFAULT_SEED, INSTRUMENTS

OTHER_SEED = 7

# DOMAIN.md's money table: instrument year and recipient -> total in kronor
EXPECTED_TOTALS = {
    ("ok2018_civilt_forsvar", "regions"): 30_000_000,
    ("ok2019_civilt_forsvar", "regions"): 30_000_000,
    ("ok2020_civilt_forsvar", "regions"): 30_000_000,
    ("ok2021_civilt_forsvar", "regions"): 200_000_000,
    ("ok2022_civilt_forsvar", "regions"): 200_000_000,
    ("ok2023_civilt_forsvar", "regions"): 400_000_000,
    ("tok2022_lakemedel", "regions"): 500_000_000,
    ("tok2023_lakemedel", "regions"): 400_000_000,
    ("tok2023_lakemedel_skr", "skr"): 2_000_000,
    ("ok2024_lakemedel", "regions"): 100_000_000,
    ("ok2024_lakemedel_skr", "skr"): 2_000_000,
}
EXPECTED_SYNTHETIC = {
    "regions": {False},
    "populations": {False},
    "countries": {False},
    "atc-groups": {False},
    "substances": {False, True},  # real medicines, synthetic devices and PPE: two rows
    "priority-list": {True},  # real versions, stand-in membership
    "sites": {True},
    "country-groups": {False},  # real memberships and agreements; the 0.5 weight a stated judgement
    "company-services": {True},  # made-up service companies
    "stock": {True},
    "shortages": {True},
    "grant-instruments": {False},
    "grant-allocations": {False},  # computed from real totals and populations
    "grant-requisitions": {True},
    "grant-use": {True},
    "grant-repayments": {True},
    "reports": {True},  # real due dates, synthetic submission dates
    "assignments": {False},  # the government's assignments: real, from the seeds
    "region-costs": {True},
    "supply-systems": {True},
    "scenarios": {True},  # three made-up example scenarios
}


def _build(path: Path, seed: int) -> Path:
    result = CliRunner().invoke(cli, ["build-demo", "--db", str(path), "--seed", str(seed)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def demo_db(demo_file: Path) -> Path:
    """The session's demo database: `build-demo` with the default seed."""
    return demo_file


@pytest.fixture(scope="module")
def con(demo_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = db.connect_read_only(demo_db)
    yield connection
    connection.close()


def _checksums(path: Path) -> dict[str, tuple[int, int]]:
    """Order-independent (row count, sum of row hashes) for every table, agg_* included."""
    with db.connect_read_only(path) as c:
        tables = db.stored_tables(c)  # the stock in its files too, not its manifest (file names)
        return {
            t: c.execute(f"select count(*), sum(hash({t})) from {t}").fetchall()[0] for t in tables
        }


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> object:
    return con.execute(sql, params or []).fetchall()[0][0]


def test_same_seed_gives_identical_tables_and_other_seed_other_stock(
    demo_db: Path, tmp_path: Path
) -> None:
    first = _checksums(demo_db)
    again = _checksums(_build(tmp_path / "b.duckdb", DEFAULT_SEED))
    assert first == again
    # users and audit_log: filled by `beredskap users` and the app; the demo's grant books
    # agree, so its reconciliation finds nothing
    empty_by_design = {"users", "audit_log", "agg_grant_reconciliation"}
    assert all(n > 0 for t, (n, _) in first.items() if t not in empty_by_design), first
    other = _checksums(_build(tmp_path / "c.duckdb", OTHER_SEED))
    assert other["stock_snapshots"] != first["stock_snapshots"]
    assert other["regions"] == first["regions"]  # real facts do not depend on the seed


def test_regions_and_populations_are_scbs(con: duckdb.DuckDBPyConnection) -> None:
    assert _scalar(con, "select count(*) from regions") == 21
    totals = dict(
        con.execute(
            "select ref_date::varchar, sum(population) from region_population group by 1"
        ).fetchall()
    )
    assert totals == {"2019-12-31": 10_327_589, "2023-12-31": 10_551_707}
    assert _scalar(con, "select count(*) from shapes where layer = 'regions'") == 21


def test_countries_have_swedish_names_and_flags(con: duckdb.DuckDBPyConnection) -> None:
    rows = dict(con.execute("select iso2, name_sv from countries").fetchall())
    assert rows["SE"] == "Sverige" and rows["IN"] == "Indien"
    nordic = {r[0] for r in con.execute("select iso2 from countries where is_nordic").fetchall()}
    assert nordic == {"SE", "NO", "DK", "FI", "IS"}
    assert _scalar(con, "select count(*) from countries where is_eu_eea") == 30


def test_medicines_come_from_the_eu_list(con: duckdb.DuckDBPyConnection) -> None:
    counts = dict(con.execute("select category, count(*) from substances group by 1").fetchall())
    assert counts["medicine"] == 285
    assert counts["device"] > 0 and counts["ppe"] > 0
    assert _scalar(con, "select count(*) from substances where substance_id = 'N01AX10'") == 1
    assert (
        _scalar(
            con,
            "select count(*) from substances "
            "where category = 'medicine' and atc_l4 <> left(atc_code, 5)",
        )
        == 0
    )


def test_grant_totals_match_domain_and_allocations_sum_exactly(
    con: duckdb.DuckDBPyConnection,
) -> None:
    got = {
        (i, r): t
        for i, r, t in con.execute(
            "select instrument_id, recipient, total_sek from grant_instruments"
        ).fetchall()
    }
    assert got == EXPECTED_TOTALS
    mismatched = con.execute(
        "select i.instrument_id from grant_instruments i "
        "join grant_allocations a using (instrument_id) "
        "group by i.instrument_id, i.total_sek having sum(a.allocated_sek) <> i.total_sek"
    ).fetchall()
    assert mismatched == []
    assert len(INSTRUMENTS) == len(EXPECTED_TOTALS)


def test_grant_flows_are_consistent(con: duckdb.DuckDBPyConnection) -> None:
    over = con.execute(
        """
        with r as (
            select instrument_id, recipient_code, sum(amount_sek) as req
            from grant_requisitions group by all
        ),
        u as (
            select instrument_id, recipient_code, sum(used_sek) as used
            from grant_use group by all
        ),
        p as (
            select instrument_id, recipient_code, sum(amount_sek) as rep
            from grant_repayments group by all
        )
        select * from r left join u using (instrument_id, recipient_code)
            left join p using (instrument_id, recipient_code)
        where coalesce(used, 0) + coalesce(rep, 0) > req
        """
    ).fetchall()
    assert over == []
    assert _scalar(con, "select max(year) from grant_use") <= 2026


def test_api_making_is_concentrated_in_india_and_china(con: duckdb.DuckDBPyConnection) -> None:
    share = _scalar(
        con, "select avg((country_iso2 in ('IN', 'CN'))::int) from sites where site_type = 'api'"
    )
    assert share > 0.5
    single = _scalar(
        con,
        "select avg(single_country_api::int) from v_supply_concentration "
        "join substances using (substance_id) where category = 'medicine'",
    )
    assert 0.08 < single < 0.25


def test_national_share_meeting_target_rises(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select share_meeting_target from v_national_coverage_summary order by snapshot_date"
    ).fetchall()
    first, last = rows[0][0], rows[-1][0]
    assert first < last
    assert 0.1 < first < 0.4 and last > 0.5


def test_every_dataset_is_labelled_honestly(con: duckdb.DuckDBPyConnection) -> None:
    got: dict[str, set[bool]] = {}
    for dataset, synthetic in con.execute(
        "select dataset, is_synthetic from data_sources"
    ).fetchall():
        got.setdefault(dataset, set()).add(synthetic)
    assert got == EXPECTED_SYNTHETIC
    loaded = {
        r[0] for r in con.execute("select distinct loaded_at::varchar from data_sources").fetchall()
    }
    assert loaded == {"2026-11-01 00:00:00"}


# ------------------------------------------------------------------ plausible supply (issue 12)


def test_patented_biologics_come_from_one_company(con: duckdb.DuckDBPyConnection) -> None:
    got = con.execute(
        "select substance_id, n_source_companies from v_substance_supply "
        "where atc_code like 'L01F%' or atc_code like 'L04AC%'"
    ).fetchall()
    assert len(got) == 11 and all(n == 1 for _, n in got), got


def test_well_known_nordic_products_are_made_in_the_nordics(
    con: duckdb.DuckDBPyConnection,
) -> None:
    def made_in(prefix: str, country: str) -> list[tuple]:
        return con.execute(
            "select p.substance_id, "
            "count(*) filter (where s.site_type = 'api' and s.country_iso2 = ?), "
            "count(*) filter (where s.site_type = 'fpp' and s.country_iso2 = ?) "
            "from substances p left join site_substances ss using (substance_id) "
            "left join sites s using (site_id) where p.atc_code like ? || '%' "
            "group by all",
            [country, country, prefix],
        ).fetchall()

    insulins = made_in("A10A", "DK")
    assert len(insulins) == 5 and all(a > 0 and f > 0 for _, a, f in insulins), insulins
    radio = made_in("V09", "NO")
    assert len(radio) == 2 and all(a > 0 and f > 0 for _, a, f in radio), radio


def test_no_site_sits_in_a_town_known_for_one_real_plant(con: duckdb.DuckDBPyConnection) -> None:
    from dash_beredskap.demo import CITIES, SINGLE_PLANT_TOWNS

    listed = {name for cities in CITIES.values() for name, _, _ in cities}
    assert not listed & SINGLE_PLANT_TOWNS
    cities = {r[0] for r in con.execute("select distinct city from sites").fetchall()}
    assert not cities & SINGLE_PLANT_TOWNS


def test_the_list_stand_in_leaves_out_vaccines(con: duckdb.DuckDBPyConnection) -> None:
    on_list = con.execute(
        "select count(*) filter (where p.atc_code like 'J07%'), "
        "count(*) filter (where p.atc_code like 'J01%' or p.atc_code like 'N01%' "
        "or p.atc_code like 'B05%') "
        "from stg_priority_current c join substances p using (substance_id)"
    ).fetchall()[0]
    assert on_list == (0, 45)  # no vaccines; every antibiotic, anaesthetic and fluid
    stocked = _scalar(
        con,
        "select count(*) from stock_snapshots join substances using (substance_id) "
        "where atc_code like 'J07%'",
    )
    assert stocked == 0


def test_a_seeded_share_of_short_shelf_life_stock_expires(con: duckdb.DuckDBPyConnection) -> None:
    """Issue 12 point 11: ~5 % of the antibiotics', anaesthetics' and fluids' stock rows carry
    a synthetic expiry date 3-60 days after the count; no other row does."""
    short, with_expiry, other, span = con.execute(
        "select count(*) filter (where s.atc_code similar to '(J01|N01|B05).*'), "
        "count(*) filter (where k.expiry_date is not null), "
        "count(*) filter (where k.expiry_date is not null "
        "and not s.atc_code similar to '(J01|N01|B05).*'), "
        "max(k.expiry_date - k.snapshot_date) "
        "from stock_snapshots k join substances s using (substance_id)"
    ).fetchone()
    assert other == 0
    assert 0.03 < with_expiry / short < 0.07
    assert span <= 60
