"""The grant views against figures worked out by hand, on the tiny database of grants_db.py.

`good` is a set of books that agree: every reconciliation rule is silent on it. Each bad case
changes one thing and must make exactly its own rule fire, with the amounts it compared.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime

import duckdb
import pytest
from grants_db import POPULATION, fill_good

from dash_beredskap import db
from dash_beredskap.metrics import allocate_by_population


@pytest.fixture()
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect()
    fill_good(con)
    yield con
    con.close()


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[tuple]:
    return con.execute(sql, params or []).fetchall()


def reconciliation(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return rows(con, "select * from v_grant_reconciliation")


# ------------------------------------------------------------------ reconciliation


def test_every_rule_is_silent_on_books_that_agree(con) -> None:
    assert reconciliation(con) == []


BAD_CASES = [
    pytest.param(
        "update grant_allocations set allocated_sek = 99 "
        "where instrument_id = 'pop' and recipient_code = '25'",
        [("allocations_not_total", "pop", None, None, 1002, 1003, -1)],
        id="allocations_below_the_total",
    ),
    pytest.param(
        "insert into grant_instruments values ('new','Ny','New',2026,'regions',500,'application',"
        "null,null,null,null,null,null,'doc')",
        [("allocations_not_total", "new", None, None, 0, 500, -500)],
        id="instrument_with_no_allocation",
    ),
    pytest.param(
        "insert into grant_requisitions values ('pop','25',DATE '2024-11-20',60)",
        [("requisitioned_over_allocated", "pop", "25", None, 110, 100, 10)],
        id="requisitioned_over_allocated",
    ),
    pytest.param(
        "insert into grant_use values ('pop','25',2025,'lager',60)",
        [("used_over_allocated", "pop", "25", None, 110, 100, 10)],
        id="used_over_allocated",
    ),
    pytest.param(
        "insert into grant_repayments values ('pop','06',DATE '2026-03-30',10)",
        [("repaid_over_unused", "pop", "06", None, 10, 0, 10)],
        id="repaid_over_unused",
    ),
    pytest.param(
        "insert into grant_use values ('pop','25',2023,'lager',10)",
        [("use_outside_usage_window", "pop", "25", 2023, 10, 0, 10)],
        id="use_before_the_usage_window",
    ),
    pytest.param(
        "insert into grant_use values ('pop','25',2026,'lager',10)",
        [("use_outside_usage_window", "pop", "25", 2026, 10, 0, 10)],
        id="use_after_the_usage_window",
    ),
]


@pytest.mark.parametrize(("change", "expected"), BAD_CASES)
def test_each_rule_fires_on_its_bad_case_only(con, change: str, expected: list[tuple]) -> None:
    con.execute(change)
    db.refresh_derived(con)
    assert reconciliation(con) == expected


# the tables the grant pages read, built from the views at load time
GRANT_AGGREGATES = [name for name in db.DERIVED_SQL if name.startswith("agg_grant_")]


@pytest.mark.parametrize(("change", "expected"), BAD_CASES)
def test_the_pages_tables_hold_their_views_rows_after_a_load(
    con, change: str, expected: list[tuple]
) -> None:
    """agg_grant_<x> is v_grant_<x> as a table: after a load changes the books, each holds its
    view's rows exactly (a stale or partial copy would show the pages other figures)."""
    con.execute(change)
    db.refresh_derived(con)
    assert len(GRANT_AGGREGATES) == 6
    for table in GRANT_AGGREGATES:
        view = table.replace("agg_", "v_", 1)
        assert rows(con, f"select * from {table}") == rows(con, f"select * from {view}"), table
    assert rows(con, "select * from agg_grant_reconciliation") == expected


def test_a_year_without_a_usage_window_is_never_outside_it(con) -> None:
    con.execute("insert into grant_use values ('cd2019','01',2031,'sen',0)")
    db.refresh_derived(con)
    assert reconciliation(con) == []


# ------------------------------------------------------------------ allocation key


def test_allocation_key_by_hand(con) -> None:
    got = {
        r[0]: r[1:]
        for r in rows(
            con,
            "select region_code, population, population_share, computed_sek, allocated_sek, "
            "basis, published_sek, difference_sek from v_grant_allocation_key "
            "where instrument_id = 'pop'",
        )
    }
    assert got["01"] == (7, pytest.approx(0.7), 702, 700, "published", 700, -2)
    assert got["06"] == (2, pytest.approx(0.2), 201, 203, "published", 203, 2)
    assert got["25"] == (1, pytest.approx(0.1), 100, 100, "computed", None, 0)
    per_inhabitant = rows(
        con,
        "select allocated_sek_per_inhabitant from v_grant_allocation_key "
        "where instrument_id = 'pop' order by region_code",
    )
    assert [r[0] for r in per_inhabitant] == pytest.approx([700 / 7, 203 / 2, 100 / 1])


def test_allocation_key_uses_the_instruments_own_population_date(con) -> None:
    got = rows(
        con,
        "select region_code, population_ref_date, population, computed_sek "
        "from v_grant_allocation_key where instrument_id = 'cd2019' order by region_code",
    )
    assert got == [
        ("01", date(2019, 12, 31), 6, 18),
        ("06", date(2019, 12, 31), 3, 9),
        ("25", date(2019, 12, 31), 1, 3),
    ]


def test_allocation_key_breaks_ties_like_the_python_function(con) -> None:
    got = dict(
        rows(con, "select region_code, computed_sek from v_grant_allocation_key "
                  "where instrument_id = 'tie'")
    )  # fmt: skip
    assert got == {"01": 4, "06": 3, "25": 3}
    assert got == allocate_by_population(10, POPULATION[date(2020, 1, 1)])


def test_allocation_key_without_the_population_date_keeps_the_allocations(con) -> None:
    con.execute("update grant_instruments set population_ref_date = DATE '2023-08-31' "
                "where instrument_id = 'pop'")  # fmt: skip
    db.refresh_derived(con)
    got = rows(
        con,
        "select region_code, population, computed_sek, allocated_sek from v_grant_allocation_key "
        "where instrument_id = 'pop' order by region_code",
    )
    assert got == [("01", None, None, 700), ("06", None, None, 203), ("25", None, None, 100)]


def test_sql_key_equals_allocate_by_population_on_random_cases() -> None:
    """The SQL largest-remainder split and metrics.allocate_by_population agree to the krona."""
    rng = random.Random(7)
    con = duckdb.connect()
    db.create_schema(con, datetime(2026, 1, 1))
    codes = [f"{i:02d}" for i in (1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 17, 18, 19, 20, 21,
                                   22, 23, 24, 25)]  # fmt: skip
    for code in codes:
        con.execute("insert into regions values (?, ?, ?, ?)", [code, code, code, code])
    cases = {}
    for k in range(30):
        ref_date = date(2000, 1, 1 + k)
        pops = {c: rng.randint(1, 3_000_000) for c in codes}
        if k % 5 == 0:  # plenty of equal remainders
            pops = {c: rng.choice((1, 2, 3)) for c in codes}
        total = rng.choice((0, 1, 20, 999, 30_000_000, rng.randint(1, 10**10)))
        cases[f"i{k}"] = (total, pops)
        for code, pop in pops.items():
            con.execute(
                "insert into region_population values (?, ?, ?, 't')", [code, ref_date, pop]
            )
        con.execute(
            "insert into grant_instruments values (?, 'x', 'x', 2000, 'regions', ?, "
            "'population', ?, null, null, null, null, null, 'doc')",
            [f"i{k}", total, ref_date],
        )
    db.refresh_derived(con)
    for instrument_id, (total, pops) in cases.items():
        got = dict(
            rows(
                con,
                "select region_code, computed_sek from v_grant_allocation_key "
                "where instrument_id = ?",
                [instrument_id],
            )
        )
        assert got == allocate_by_population(total, pops), instrument_id
        assert sum(got.values()) == total


def test_use_view_sums_to_the_ledger(con) -> None:
    use = rows(
        con, "select instrument_id, region_code, sum(used_sek) from v_grant_use group by all"
    )
    ledger = rows(
        con,
        "select instrument_id, region_code, sum(used_sek) from v_grant_ledger "
        "group by all having sum(used_sek) > 0",
    )
    assert sorted(use) == sorted(ledger)


# ------------------------------------------------------------------ deadlines


def test_deadlines_view_lists_stated_deadlines_per_recipient(con) -> None:
    got = rows(con, "select instrument_id, region_code, deadline_kind, deadline_date "
                    "from v_grant_deadlines")  # fmt: skip
    assert len(got) == 4 * 3 + 4  # pop: 4 deadlines x 3 regions; skr: 4 x SKR; cd2019: none
    assert got[0] == ("pop", "01", "requisition", date(2024, 12, 1))
    assert {r[0] for r in got} == {"pop", "skr"}
