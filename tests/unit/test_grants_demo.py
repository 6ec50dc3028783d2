"""The grant tracker on the real demo database, built and loaded through the real CLI.

* The amounts per instrument in v_grant_ledger are DOMAIN.md's, written out here as literals.
* Every population-split instrument is allocated exactly, the same as
  metrics.allocate_by_population, an independent exact computation (fractions) and the SQL key.
* A new agreement loads as data and shows up in every grant query with no code change.
* A grant-use file that makes use exceed the allocation is loaded, and the reconciliation view
  reports it (the decision in README.md and docs/datasets.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from fractions import Fraction
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dash_beredskap import db, queries
from dash_beredskap.cli import cli
from dash_beredskap.metrics import allocate_by_population, deadline_statuses

EXAMPLES = db.DATA_DIR / "examples"

# DOMAIN.md, "State money to the regions": instrument -> kronor allocated in v_grant_ledger
DOMAIN_AMOUNTS = {
    "ok2018_civilt_forsvar": 30_000_000,  # 2018-2020: 30 MSEK/year
    "ok2019_civilt_forsvar": 30_000_000,
    "ok2020_civilt_forsvar": 30_000_000,
    "ok2021_civilt_forsvar": 200_000_000,  # 2021-2022: 200 MSEK/year
    "ok2022_civilt_forsvar": 200_000_000,
    "ok2023_civilt_forsvar": 400_000_000,  # 2023 yearly agreement: 400 MSEK
    "tok2022_lakemedel": 500_000_000,  # 2022 supplementary agreement: 500 MSEK
    "tok2023_lakemedel": 400_000_000,  # 2023 supplementary agreement: 400 MSEK
    "tok2023_lakemedel_skr": 2_000_000,  # ... and 2 MSEK to SKR
    "ok2024_lakemedel": 100_000_000,  # 2024 agreement: 100 MSEK to the regions
    "ok2024_lakemedel_skr": 2_000_000,  # ... and 2 MSEK to SKR (102 MSEK in all)
}
# DOMAIN.md's deadlines (seed 003, section 5) as the instruments carry them
DOMAIN_DEADLINES = {
    "ok2024_lakemedel": {
        "requisition_deadline": date(2024, 12, 1),
        "usage_start": date(2024, 1, 1),
        "usage_end": date(2025, 12, 31),
        "repayment_deadline": date(2026, 3, 31),
        "report_deadline": date(2025, 10, 1),
    },
    "tok2022_lakemedel": {"usage_end": date(2024, 12, 31), "repayment_deadline": date(2025, 3, 31)},
    "tok2023_lakemedel": {"usage_end": date(2025, 12, 31), "repayment_deadline": date(2026, 3, 31)},
}


@pytest.fixture(scope="module")
def demo_path(demo_file: Path) -> Path:
    return demo_file


@pytest.fixture(scope="module")
def con(demo_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(demo_path), read_only=True)
    yield con
    con.close()


@pytest.fixture()
def copy_of_demo(demo_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "beredskap.duckdb"
    db.copy_database(demo_path, path)
    return path


def load(path: Path, dataset: str, file: Path):
    return CliRunner().invoke(cli, ["load", dataset, str(file), "--db", str(path)])


def read(path: Path, query, *args):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return query(con, *args)
    finally:
        con.close()


# ------------------------------------------------------------------ DOMAIN.md's amounts


def test_ledger_amounts_per_instrument_equal_domain(con) -> None:
    got = dict(
        con.execute(
            "select instrument_id, sum(allocated_sek)::bigint from v_grant_ledger group by all"
        ).fetchall()
    )
    assert got == DOMAIN_AMOUNTS


def test_ledger_amounts_per_year_and_recipient_equal_domains_table(con) -> None:
    got = dict(
        con.execute(
            "select year || ' ' || case when region_code = 'SKR' then 'SKR' else 'regions' end, "
            "sum(allocated_sek)::bigint from v_grant_ledger group by all "
            "having sum(allocated_sek) > 0"
        ).fetchall()
    )
    assert got == {
        "2018 regions": 30_000_000,
        "2019 regions": 30_000_000,
        "2020 regions": 30_000_000,
        "2021 regions": 200_000_000,
        "2022 regions": 200_000_000 + 500_000_000,
        "2023 regions": 400_000_000 + 400_000_000,
        "2023 SKR": 2_000_000,
        "2024 regions": 100_000_000,
        "2024 SKR": 2_000_000,
    }


def test_instruments_carry_domains_deadlines_and_a_source(con) -> None:
    listed = queries.grants.grant_instruments_list(con).set_index("instrument_id")
    for instrument_id, deadlines in DOMAIN_DEADLINES.items():
        for column, expected in deadlines.items():
            assert listed.loc[instrument_id, column].date() == expected, (instrument_id, column)
    assert listed["source_document"].str.len().min() > 20
    assert listed.loc["ok2024_lakemedel", "distribution_key"] == "population"
    assert listed.loc["ok2024_lakemedel_skr", "recipient"] == "skr"
    assert listed["total_sek"].to_dict() == DOMAIN_AMOUNTS


# ------------------------------------------------------------------ allocation by population


def hamilton(total: int, population: dict[str, int]) -> dict[str, int]:
    """An independent largest-remainder split in exact fractions (not the project's code)."""
    national = sum(population.values())
    exact = {c: Fraction(total * p, national) for c, p in population.items()}
    shares = {c: int(q) for c, q in exact.items()}  # floor: every share is >= 0
    left = total - sum(shares.values())
    by_remainder = sorted(exact, key=lambda c: (-(exact[c] - shares[c]), -population[c], c))
    for c in by_remainder[:left]:
        shares[c] += 1
    return shares


def test_every_population_instrument_is_split_exactly(con) -> None:
    instruments = con.execute(
        "select instrument_id, total_sek, population_ref_date from grant_instruments "
        "where distribution_key = 'population' order by instrument_id"
    ).fetchall()
    assert len(instruments) == 9
    for instrument_id, total, ref_date in instruments:
        population = dict(
            con.execute(
                "select region_code, population from region_population where ref_date = ?",
                [ref_date],
            ).fetchall()
        )
        assert len(population) == 21, instrument_id
        stored = dict(
            con.execute(
                "select recipient_code, allocated_sek from grant_allocations "
                "where instrument_id = ?",
                [instrument_id],
            ).fetchall()
        )
        key = queries.grants.grant_allocation_key(con, instrument_id)
        in_sql = dict(zip(key["region_code"], key["computed_sek"], strict=True))
        expected = allocate_by_population(total, population)
        assert sum(expected.values()) == total, instrument_id
        assert expected == hamilton(total, population), instrument_id
        assert stored == expected, instrument_id
        assert in_sql == expected, instrument_id
        assert key["population_share"].sum() == pytest.approx(1.0)
        for code, amount in expected.items():  # never a krona from the exact share
            assert abs(amount - Fraction(total * population[code], sum(population.values()))) < 1


def test_demo_books_agree(con) -> None:
    assert queries.grants.grant_reconciliation(con).empty


def test_per_inhabitant_uses_the_latest_population(con) -> None:
    totals = queries.grants.grant_region_totals(con).set_index("region_code")
    assert set(totals["population_ref_date"].dt.date) == {date(2023, 12, 31)}
    stockholm = totals.loc["01"]
    assert stockholm["allocated_sek_per_inhabitant"] == pytest.approx(
        stockholm["allocated_sek"] / stockholm["population"]
    )
    # Gotland's and Stockholm's allocations differ 40-fold, per inhabitant by under 2 %
    ratio = (
        totals.loc["09", "allocated_sek_per_inhabitant"] / stockholm["allocated_sek_per_inhabitant"]
    )
    assert ratio == pytest.approx(1.0, abs=0.02)


# ------------------------------------------------------------------ loading as data


def test_a_new_agreement_loads_as_data_and_appears_everywhere(copy_of_demo: Path) -> None:
    for dataset in ("grant-instruments", "grant-allocations", "grant-requisitions", "grant-use"):
        result = load(copy_of_demo, dataset, EXAMPLES / f"{dataset}.csv")
        assert result.exit_code == 0, result.output
    listed = read(copy_of_demo, queries.grants.grant_instruments_list, "sv").set_index(
        "instrument_id"
    )
    assert listed.loc["exempel2026_lakemedel", "total_sek"] == 50_000_000
    assert listed.loc["exempel2026_lakemedel", "allocated_sek"] == 50_000_000
    timeline = read(copy_of_demo, queries.grants.grant_timeline, "sv")
    new = timeline[timeline["instrument_id"] == "exempel2026_lakemedel"]
    assert new["allocated_sek"].sum() == 50_000_000
    assert new["used_sek"].sum() == 850_000 + 400_000 + 7_250_000
    keys = read(copy_of_demo, queries.grants.grant_key_instruments, "sv")
    assert keys["instrument_id"].iloc[0] == "exempel2026_lakemedel"  # the newest split
    key = read(copy_of_demo, queries.grants.grant_allocation_key, "exempel2026_lakemedel")
    assert key["difference_sek"].abs().sum() == 0  # the example file is the computed key
    deadlines = read(copy_of_demo, queries.grants.grant_deadline_facts, date(2027, 1, 1))
    new_deadlines = deadlines[deadlines["instrument_id"] == "exempel2026_lakemedel"]
    assert set(new_deadlines["deadline_kind"]) == {
        "requisition",
        "usage_end",
        "repayment",
        "report",
    }
    statuses = deadline_statuses(new_deadlines, date(2027, 1, 1))
    requisition = statuses[statuses["deadline_kind"] == "requisition"]
    # Stockholm and Jönköping requisitioned in the example file; 19 regions had not by 2026-12-01
    assert requisition["status"].value_counts().to_dict() == {"overdue": 19, "done": 2}
    assert read(copy_of_demo, queries.grants.grant_reconciliation).empty


def test_use_above_the_allocation_is_loaded_and_reported(copy_of_demo: Path, tmp_path) -> None:
    allocated = read(
        copy_of_demo,
        lambda c: c.execute(
            "select allocated_sek, used_sek from v_grant_allocation_key k join ("
            "  select region_code, sum(used_sek) as used_sek from v_grant_ledger "
            "  where instrument_id = 'ok2024_lakemedel' group by all"
            ") u using (region_code) where k.instrument_id = 'ok2024_lakemedel' "
            "and region_code = '09'"
        ).fetchall()[0],
    )
    allocated_sek, used_before = allocated
    extra = allocated_sek  # Gotland reports its whole allocation once more
    path = tmp_path / "use.csv"
    path.write_text(
        "instrument_id;region;year;purpose;used_sek\n"
        f"ok2024_lakemedel;Gotland;2025;Extra inköp av läkemedel;{extra}\n",
        encoding="utf-8",
    )
    result = load(copy_of_demo, "grant-use", path)
    assert result.exit_code == 0, result.output  # loaded, not refused
    found = read(copy_of_demo, queries.grants.grant_reconciliation, "sv")
    # Gotland had repaid its unused money in 2026; with the extra use nothing was unused, so
    # the repayment is now too large as well: both rules fire, each on its own row
    assert found[["rule", "instrument_id", "region_code"]].values.tolist() == [
        ["used_over_allocated", "ok2024_lakemedel", "09"],
        ["repaid_over_unused", "ok2024_lakemedel", "09"],
    ]
    row = found.iloc[0]
    assert row["amount_sek"] == used_before + extra
    assert row["limit_sek"] == allocated_sek
    assert row["difference_sek"] == used_before + extra - allocated_sek
    # and the figures on the pages moved with it
    gotland = read(copy_of_demo, queries.grants.grant_region_instruments, "sv", "09")
    ok2024 = gotland.set_index("instrument_id").loc["ok2024_lakemedel"]
    assert ok2024["used_sek"] == used_before + extra > ok2024["allocated_sek"]


def test_published_annex_amounts_replace_the_computed_ones_and_the_key_stays(
    copy_of_demo: Path, tmp_path
) -> None:
    key = read(copy_of_demo, queries.grants.grant_allocation_key, "ok2024_lakemedel")
    computed = dict(zip(key["region_code"], key["computed_sek"], strict=True))
    published = dict(computed)
    published["01"] += 1_000  # the annex rounds differently: 1 000 kr moved from 25 to 01
    published["25"] -= 1_000
    path = tmp_path / "annex.csv"
    path.write_text(
        "instrument_id;region;allocated_sek;basis\n"
        + "".join(f"ok2024_lakemedel;{c};{v};\n" for c, v in sorted(published.items())),
        encoding="utf-8",
    )
    result = load(copy_of_demo, "grant-allocations", path)
    assert result.exit_code == 0, result.output
    after = read(copy_of_demo, queries.grants.grant_allocation_key, "ok2024_lakemedel")
    after = after.set_index("region_code")
    assert set(after["basis"]) == {"published"}  # an empty basis cell = published
    assert after["computed_sek"].to_dict() == computed  # the key is kept for comparison
    assert after["published_sek"].to_dict() == published
    assert after.loc["01", "difference_sek"] == 1_000
    assert after.loc["25", "difference_sek"] == -1_000
    assert (after["difference_sek"].drop(["01", "25"]) == 0).all()
    listed = read(copy_of_demo, queries.grants.grant_instruments_list).set_index("instrument_id")
    assert listed.loc["ok2024_lakemedel", "allocation_basis"] == "published"
    ledger = read(copy_of_demo, queries.grants.grant_region_instruments, "sv", "01")
    assert (
        ledger.set_index("instrument_id").loc["ok2024_lakemedel", "allocated_sek"]
        == (published["01"])
    )
    # Stockholm's requisition (the computed amount) is now below its allocation: no finding;
    # Norrbotten requisitioned 1 000 kr more than its published amount: one finding
    found = read(copy_of_demo, queries.grants.grant_reconciliation)
    assert found[["rule", "region_code"]].values.tolist() == [
        ["requisitioned_over_allocated", "25"]
    ]


# ------------------------------------------------------------------ issue 12, point 6: provenance


def test_computed_allocations_are_recorded_as_computed_with_their_key(con) -> None:
    """Allocations computed from real totals and a population key are neither real nor
    synthetic: data_sources says computed and names the key (SCB 2023-12-31, not the
    agreement's August 2023 figures, which are not in the data)."""
    rows = con.execute(
        "select is_synthetic, is_computed, source from data_sources "
        "where dataset = 'grant-allocations'"
    ).fetchall()
    assert [(r[0], r[1]) for r in rows] == [(False, True)]
    assert "2023-12-31" in rows[0][2] and "augusti 2023" in rows[0][2]
    sources = queries.meta.data_sources(con).drop_duplicates("dataset").set_index("dataset")
    assert sources.loc["grant-allocations", "provenance"] == "computed"
    assert sources.loc["grant-instruments", "provenance"] == "real"
    assert sources.loc["grant-use", "provenance"] == "synthetic"


def test_a_date_not_in_the_seeds_is_not_shipped_as_a_fact(con) -> None:
    """The 2022 list (S2022/01940) has no date in the seeds: published_on is unknown (null);
    the 2023 list's 2023-05-12 is in seed 003."""
    got = dict(con.execute("select list_version, published_on from priority_lists").fetchall())
    assert got == {"S2022/01940": None, "S2022/04550": date(2023, 5, 12)}


# ------------------------------------------------------------------ issue 12, point 10


# the seeds' reporting dates: seed 002 (monthly March-June 2020, final 2020-12-15), seed 001
# (2022-12-01), seed 000 (2025-01-15, 2026-01-15, final 2027-01-15)
SEED_ASSIGNMENT_DATES = {
    ("lv2020_coronavirus", date(2020, 3, 31), "month", "monthly"),
    ("lv2020_coronavirus", date(2020, 4, 30), "month", "monthly"),
    ("lv2020_coronavirus", date(2020, 5, 31), "month", "monthly"),
    ("lv2020_coronavirus", date(2020, 6, 30), "month", "monthly"),
    ("lv2020_coronavirus", date(2020, 12, 15), "day", "final"),
    ("sos2022_kartlaggning", date(2022, 12, 1), "day", "report"),
    ("tillverkningsberedskap", date(2025, 1, 15), "day", "partial"),
    ("tillverkningsberedskap", date(2026, 1, 15), "day", "partial"),
    ("tillverkningsberedskap", date(2027, 1, 15), "day", "final"),
}


def test_the_assignments_are_real_data_with_the_seeds_dates(con) -> None:
    got = set(
        con.execute(
            "select assignment_id, report_due, due_precision, report_kind from assignments"
        ).fetchall()
    )
    assert got == SEED_ASSIGNMENT_DATES
    # no date outside the seeds: the day given and any submission are unknown
    assert con.execute(
        "select count(*) from assignments where given_on is not null or submitted_on is not null"
    ).fetchall() == [(0,)]
    sources = queries.meta.data_sources(con).set_index("dataset")
    assert sources.loc["assignments", "provenance"] == "real"
    responsible = dict(
        con.execute("select distinct assignment_id, responsible from assignments").fetchall()
    )
    assert responsible["tillverkningsberedskap"] == "Socialstyrelsen och Läkemedelsverket"


def test_one_timeline_holds_every_date_the_government_set(con) -> None:
    dates = queries.grants.government_dates(con, "sv")
    assignments = dates[dates["source_kind"] == "assignment"]
    assert {(r.source_id, r.due_date.date()) for r in assignments.itertuples()} == {
        (a, d) for a, d, _, _ in SEED_ASSIGNMENT_DATES
    }
    agreements = dates[dates["source_kind"] == "agreement"]
    deadlines = set(
        con.execute(
            "select distinct instrument_id, deadline_kind, deadline_date from v_grant_deadlines"
        ).fetchall()
    )
    assert {
        (r.source_id, r.date_kind, r.due_date.date()) for r in agreements.itertuples()
    } == deadlines
    assert dates["due_date"].is_monotonic_increasing
    assert date(2024, 12, 31) in set(agreements["due_date"].dt.date)  # SKR's report
