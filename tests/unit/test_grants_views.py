"""The grant views and queries against figures worked out by hand, on a tiny database.

`good` is a set of books that agree: every reconciliation rule is silent on it. Each bad case
changes one thing and must make exactly its own rule fire, with the amounts it compared.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime

import duckdb
import pytest

from dash_beredskap import db, queries
from dash_beredskap.metrics import allocate_by_population, deadline_statuses

REGIONS = (("01", "Region Stockholm"), ("06", "Region Jönköpings län"), ("25", "Region Norrbotten"))
# populations: 2023-12-31 is 7 : 2 : 1 (shares .7 .2 .1), 2019-12-31 is 6 : 3 : 1, and a date
# with three equal populations to pin the tie-break
POPULATION = {
    date(2023, 12, 31): {"01": 7, "06": 2, "25": 1},
    date(2019, 12, 31): {"01": 6, "06": 3, "25": 1},
    date(2020, 1, 1): {"01": 1, "06": 1, "25": 1},
}


def fill_good(con: duckdb.DuckDBPyConnection) -> None:
    db.create_schema(con, datetime(2026, 11, 1))
    for code, name in REGIONS:
        con.execute("insert into regions values (?, ?, ?, ?)", [code, name, name, f"SE-{code}"])
    for ref_date, pops in POPULATION.items():
        for code, pop in pops.items():
            con.execute(
                "insert into region_population values (?, ?, ?, 'test')", [code, ref_date, pop]
            )
    con.execute(
        "insert into grant_instruments values "
        # a 2024-style agreement: 1003 kr by population on 2023-12-31, every deadline
        "('pop','Läkemedel','Medicines',2024,'regions',1003,'population',DATE '2023-12-31',"
        "DATE '2024-12-01',DATE '2024-01-01',DATE '2025-12-31',DATE '2026-03-31',"
        "DATE '2025-10-01','doc pop'),"
        # SKR's fixed share with its own report deadline
        "('skr','SKR-del','SKR share',2024,'skr',2,'fixed',null,DATE '2024-12-01',"
        "DATE '2024-01-01',DATE '2025-12-31',DATE '2026-03-31',DATE '2024-12-31','doc skr'),"
        # a yearly civil-defence agreement: no deadlines, no usage window
        "('cd2019','Civilt försvar 2019','Civil defence 2019',2019,'regions',30,'population',"
        "DATE '2019-12-31',null,null,null,null,null,'doc cd'),"
        # ten kronor over three equal populations: the tie-break decides the extra krona
        "('tie','Lika','Equal',2020,'regions',10,'population',DATE '2020-01-01',"
        "null,null,null,null,null,'doc tie')"
    )
    # pop: 06's amount published (203), 01's too (700); 25 computed. Sum 1003. The key gives
    # 702.1 / 200.6 / 100.3 -> floors 702, 200, 100 and the krona left to 06 (remainder .6).
    con.execute(
        "insert into grant_allocations values "
        "('pop','01',700,'published'),('pop','06',203,'published'),('pop','25',100,'computed'),"
        "('skr','SKR',2,'published'),"
        "('cd2019','01',18,'computed'),('cd2019','06',9,'computed'),('cd2019','25',3,'computed'),"
        "('tie','01',4,'computed'),('tie','06',3,'computed'),('tie','25',3,'computed')"
    )
    con.execute(
        "insert into grant_requisitions values "
        "('pop','01',DATE '2024-11-01',700),"
        "('pop','06',DATE '2025-01-10',203),"  # after the 2024-12-01 deadline
        "('pop','25',DATE '2024-06-01',50),"  # half of its allocation
        "('skr','SKR',DATE '2024-03-01',2),"
        "('cd2019','01',DATE '2019-05-01',18),('cd2019','06',DATE '2019-05-01',9),"
        "('cd2019','25',DATE '2019-05-01',3)"
    )
    con.execute(
        "insert into grant_use values "
        "('pop','01',2024,'lager',300),('pop','01',2025,'lager',300),"
        "('pop','01',2025,'lokaler',50),"  # 01: 650 used of 700, 50 unused
        "('pop','06',2025,'lager',203),"  # 06: all, but only in 2025
        "('pop','25',2024,'lager',50),"
        "('skr','SKR',2024,'samordning',1),"
        "('cd2019','01',2019,'övning',18),('cd2019','06',2019,'övning',9),"
        "('cd2019','25',2019,'övning',3)"
    )
    con.execute(
        "insert into grant_repayments values "
        "('pop','01',DATE '2026-03-01',50),('skr','SKR',DATE '2026-03-20',1)"
    )
    con.execute(
        "insert into region_costs values "
        "('06',2025,'actual','medicines',1000),('06',2025,'actual','storage',500),"
        "('06',2026,'planned','medicines',1200)"
    )
    db.refresh_derived(con)


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


def test_a_year_without_a_usage_window_is_never_outside_it(con) -> None:
    con.execute("insert into grant_use values ('cd2019','01',2031,'sen',0)")
    db.refresh_derived(con)
    assert reconciliation(con) == []


def test_reconciliation_query_names_the_instrument_and_recipient(con) -> None:
    con.execute("insert into grant_use values ('pop','25',2025,'lager',60)")
    db.refresh_derived(con)
    got = queries.grants.grant_reconciliation(con, "en")
    assert got[["rule", "instrument_name", "recipient_name"]].values.tolist() == [
        ["used_over_allocated", "Medicines", "Region Norrbotten"]
    ]


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


# ------------------------------------------------------------------ per region, per inhabitant


def test_region_totals_and_money_per_inhabitant(con) -> None:
    got = queries.grants.grant_region_totals(con).set_index("region_code")
    # 01: pop 700 + cd2019 18 + tie 4 allocated; latest population (2023-12-31) is 7
    assert got.loc["01", "allocated_sek"] == 722
    assert got.loc["01", "population"] == 7
    assert got.loc["01", "population_ref_date"].date() == date(2023, 12, 31)
    assert got.loc["01", "allocated_sek_per_inhabitant"] == pytest.approx(722 / 7)
    # 06: used 203 + 9 = 212 over 2 inhabitants; repaid nothing
    assert got.loc["06", "used_sek_per_inhabitant"] == pytest.approx(212 / 2)
    assert got.loc["06", "repaid_sek_per_inhabitant"] == 0
    assert got.loc["25", "requisitioned_sek_per_inhabitant"] == pytest.approx(53 / 1)
    assert got.loc["25", "region_short_name"] == "Norrbotten"
    assert "SKR" not in got.index


def test_region_totals_without_population_have_no_per_inhabitant_figure(con) -> None:
    con.execute("delete from region_population where region_code = '25'")
    db.refresh_derived(con)
    got = queries.grants.grant_region_totals(con).set_index("region_code")
    assert got.loc["25", "allocated_sek"] == 100 + 3 + 3  # pop, cd2019, tie
    assert got[["population", "allocated_sek_per_inhabitant"]].loc["25"].isna().all()


def test_region_instrument_totals_are_the_ledger_summed(con) -> None:
    got = queries.grants.grant_region_instrument_totals(con, "en")
    assert set(got["region_code"]) == {"01", "06", "25"}  # SKR is not a region
    ledger = rows(con, "select sum(used_sek) from v_grant_ledger where region_code <> 'SKR'")
    assert int(got["used_sek"].sum()) == ledger[0][0]
    one = got[(got["region_code"] == "06") & (got["instrument_id"] == "pop")].iloc[0]
    assert (one["allocated_sek"], one["requisitioned_sek"], one["used_sek"]) == (203, 203, 203)


# ------------------------------------------------------------------ timeline and ledger


def test_timeline_per_year_and_instrument(con) -> None:
    got = queries.grants.grant_timeline(con, "sv").set_index(["year", "instrument_id"])
    assert got.loc[(2024, "pop"), "allocated_sek"] == 1003
    assert got.loc[(2024, "pop"), "requisitioned_sek"] == 750  # 700 + 50; 06's came in 2025
    assert got.loc[(2025, "pop"), "requisitioned_sek"] == 203
    assert got.loc[(2025, "pop"), "used_sek"] == 553
    assert got.loc[(2026, "pop"), "repaid_sek"] == 50
    assert got.loc[(2024, "pop"), "instrument_name"] == "Läkemedel"
    skr_only = queries.grants.grant_timeline(con, "en", "SKR")
    assert set(skr_only["instrument_id"]) == {"skr"}


def test_ledger_rows_sum_to_the_totals(con) -> None:
    ledger = queries.grants.grant_ledger_rows(con, "en")
    totals = queries.grants.grant_totals(con).iloc[0]
    for column in ("allocated_sek", "requisitioned_sek", "used_sek", "repaid_sek"):
        assert int(ledger[column].sum()) == int(totals[column])
    assert ledger.loc[ledger["region_code"] == "SKR", "recipient_name"].unique().tolist() == ["SKR"]


def test_instruments_list_holds_the_agreements_facts(con) -> None:
    got = queries.grants.grant_instruments_list(con, "en").set_index("instrument_id")
    pop = got.loc["pop"]
    assert (pop["total_sek"], pop["allocated_sek"], pop["n_recipients"]) == (1003, 1003, 3)
    assert pop["n_published"] == 2
    assert pop["allocation_basis"] == "mixed"
    assert pop["repayment_deadline"].date() == date(2026, 3, 31)
    assert pop["source_document"] == "doc pop"
    assert got.loc["skr", "allocation_basis"] == "published"
    assert got.loc["cd2019", "allocation_basis"] == "computed"
    assert list(got.index) == ["cd2019", "tie", "pop", "skr"]  # by year, then id


def test_key_instruments_newest_first_and_the_default_key(con) -> None:
    assert queries.grants.grant_key_instruments(con)["instrument_id"].tolist() == [
        "pop",
        "tie",
        "cd2019",
    ]
    default = queries.grants.grant_allocation_key(con)
    assert set(default["instrument_id"]) == {"pop"}
    assert default["region_name"].tolist()[0] == "Region Stockholm"


# ------------------------------------------------------------------ one region


def test_region_instruments_cumulative_use_and_costs(con) -> None:
    inst = queries.grants.grant_region_instruments(con, "en", "06").set_index("instrument_id")
    assert inst.loc["pop", "population_share"] == pytest.approx(0.2)
    assert inst.loc["pop", "computed_sek"] == 201
    assert inst.loc["cd2019", "population"] == 3
    cum = queries.grants.grant_region_cumulative(con, "06")
    assert cum["year"].tolist() == list(range(2019, 2026))  # no gap years
    assert cum["allocated_cum_sek"].tolist() == [9, 12, 12, 12, 12, 215, 215]
    assert cum["used_cum_sek"].tolist()[-1] == 9 + 203
    use = queries.grants.grant_use_by_purpose(con, "01")
    assert use.values.tolist() == [
        [2019, "övning", 18],
        [2024, "lager", 300],
        [2025, "lager", 300],
        [2025, "lokaler", 50],
    ]
    costs = queries.grants.region_costs_by_year(con, "06")
    assert costs["cost_sek"].sum() == 2700
    assert costs.loc[costs["kind"] == "planned", "year"].tolist() == [2026]
    assert queries.grants.grant_region_choices(con)["region_code"].tolist() == ["01", "06", "25"]
    assert queries.grants.grant_region_cumulative(con).equals(
        queries.grants.grant_region_cumulative(con, "01")
    )


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


def status(con, as_of: date, instrument: str, kind: str) -> dict[str, str]:
    facts = queries.grants.grant_deadline_facts(con, as_of, "sv")
    got = deadline_statuses(facts, as_of)
    got = got[(got["instrument_id"] == instrument) & (got["deadline_kind"] == kind)]
    return dict(zip(got["region_code"], got["status"], strict=True))


def test_requisition_status_as_of_chosen_dates(con) -> None:
    assert status(con, date(2024, 5, 1), "pop", "requisition") == {
        "01": "due",
        "06": "due",
        "25": "due",
    }
    assert status(con, date(2024, 12, 1), "pop", "requisition") == {
        "01": "done",
        "06": "due",
        "25": "done",
    }
    # 06 requisitioned on 2025-01-10, after the deadline: overdue for good
    assert status(con, date(2025, 2, 1), "pop", "requisition")["06"] == "overdue"


def test_facts_only_count_what_was_known_on_the_day(con) -> None:
    facts = queries.grants.grant_deadline_facts(con, date(2025, 2, 1), "en", "06")
    req = facts[facts["deadline_kind"] == "requisition"].iloc[0]
    assert (req["requisitioned_sek"], req["requisitioned_by_deadline_sek"]) == (203, 0)
    assert req["used_sek"] == 0 and not req["use_reported"]  # 2025's use not known in 2025
    assert set(facts["region_code"]) == {"06"}
    later = queries.grants.grant_deadline_facts(con, date(2026, 1, 1), "en", "06")
    assert later["used_sek"].iloc[0] == 203 and later["use_reported"].iloc[0]


def test_report_repayment_and_usage_status(con) -> None:
    # report 2025-10-01: 06 used its money only in 2025, not reported by then
    assert status(con, date(2025, 10, 2), "pop", "report") == {
        "01": "done",
        "06": "overdue",
        "25": "done",
    }
    assert status(con, date(2026, 1, 1), "pop", "usage_end") == {
        "01": "done",
        "06": "done",
        "25": "done",
    }
    # repayment: 01 left 50 unused and repaid it on 2026-03-01
    assert status(con, date(2026, 2, 1), "pop", "repayment") == {
        "01": "due",
        "06": "done",
        "25": "done",
    }
    assert status(con, date(2026, 4, 1), "pop", "repayment")["01"] == "done"
    # SKR reported 2024 use: known from 2025-01-01, after its 2024-12-31 deadline passed
    assert status(con, date(2024, 12, 31), "skr", "report") == {"SKR": "due"}
    assert status(con, date(2025, 1, 1), "skr", "report") == {"SKR": "done"}


def test_status_is_unknown_when_the_instrument_has_no_data_of_the_kind(con) -> None:
    con.execute("delete from grant_use where instrument_id = 'pop'")
    con.execute("delete from grant_requisitions where instrument_id = 'pop'")
    db.refresh_derived(con)
    as_of = date(2026, 4, 1)
    for kind in ("requisition", "usage_end", "repayment", "report"):
        assert set(status(con, as_of, "pop", kind).values()) == {"unknown"}, kind


def test_facts_default_to_today(con) -> None:
    facts = queries.grants.grant_deadline_facts(con)
    assert set(facts["as_of"].dt.date) == {date.today()}
