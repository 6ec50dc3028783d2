"""queries.grants against figures worked out by hand on the tiny database of grants_db.py."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import duckdb
import pandas as pd
import pytest
from grants_db import fill_good

from dash_beredskap import db, queries
from dash_beredskap.metrics import deadline_statuses


@pytest.fixture()
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect()
    fill_good(con)
    yield con
    con.close()


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


# ------------------------------------------------------------------ totals and per instrument


def test_totals_sum_every_instrument_year_and_recipient(con) -> None:
    totals = queries.grants.grant_totals(con).iloc[0]
    # allocated: pop 1003 + skr 2 + cd2019 30 + tie 10; requisitioned: 700+203+50 + 2 + 30;
    # used: 650+203+50 + 1 + 30; repaid: 50 + 1; the last movement is 2026's repayments
    assert (totals["allocated_sek"], totals["requisitioned_sek"]) == (1045, 985)
    assert (totals["used_sek"], totals["repaid_sek"]) == (934, 51)
    assert totals["used_share"] == pytest.approx(934 / 1045)
    assert totals["last_year"] == 2026


def test_totals_of_an_empty_ledger_are_zero(con) -> None:
    for table in (
        "reports",
        "grant_repayments",
        "grant_use",
        "grant_requisitions",
        "grant_allocations",
    ):
        con.execute(f"delete from {table}")
    con.execute("delete from grant_instruments")
    db.refresh_derived(con)
    totals = queries.grants.grant_totals(con).iloc[0]
    assert totals[["allocated_sek", "requisitioned_sek", "used_sek", "repaid_sek"]].tolist() == [
        0,
        0,
        0,
        0,
    ]
    assert pd.isna(totals["used_share"]) and pd.isna(totals["last_year"])


def test_by_instrument_for_all_and_for_one_recipient(con) -> None:
    every = queries.grants.grants_by_instrument(con, "en").set_index("instrument_id")
    assert list(every.index) == ["cd2019", "tie", "pop", "skr"]  # by year, then id
    assert every.loc["pop", "instrument_name"] == "Medicines"
    assert every.loc["pop", ["allocated_sek", "requisitioned_sek", "used_sek"]].tolist() == [
        1003,
        953,
        903,
    ]
    assert every.loc["skr", "instrument_recipient"] == "skr"
    stockholm = queries.grants.grants_by_instrument(con, "sv", "01")
    assert stockholm[
        ["instrument_id", "allocated_sek", "used_sek", "repaid_sek"]
    ].values.tolist() == [
        ["cd2019", 18, 18, 0],
        ["tie", 4, 0, 0],
        ["pop", 700, 650, 50],
    ]


def test_language_is_a_bound_value_not_sql(con) -> None:
    hostile = "en' or 1=1; drop table grant_instruments; --"
    got = queries.grants.grants_by_instrument(con, hostile, None)
    assert got["instrument_name"].tolist()[0] == "Civilt försvar 2019"  # fell to Swedish
    assert rows(con, "select count(*) from grant_instruments") == [(4,)]


def test_agreement_dates_mark_the_usage_start_else_new_year(con) -> None:
    got = queries.grants.grant_agreement_dates(con, "en")
    assert got["instrument_id"].tolist() == ["cd2019", "tie", "pop"]  # regions only, by date
    assert [d.date() for d in got["marker_date"]] == [
        date(2019, 1, 1),
        date(2020, 1, 1),
        date(2024, 1, 1),
    ]
    assert got["instrument_name"].tolist()[-1] == "Medicines"
    assert got["total_sek"].tolist() == [30, 10, 1003]


# ------------------------------------------------------------------ reconciliation


def test_reconciliation_query_names_the_instrument_and_recipient(con) -> None:
    con.execute("insert into grant_use values ('pop','25',2025,'lager',60)")
    db.refresh_derived(con)
    got = queries.grants.grant_reconciliation(con, "en")
    assert got[["rule", "instrument_name", "recipient_name"]].values.tolist() == [
        ["used_over_allocated", "Medicines", "Region Norrbotten"]
    ]


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
    # report 2025-10-01, judged from table reports: 06 submitted on 2025-11-15, seven weeks late
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
    # SKR's report (due 2024-12-31) was submitted on 2024-12-18: its 2024 use is not a report
    assert status(con, date(2024, 12, 17), "skr", "report") == {"SKR": "due"}
    assert status(con, date(2024, 12, 18), "skr", "report") == {"SKR": "done"}


def test_status_is_unknown_when_the_instrument_has_no_data_of_the_kind(con) -> None:
    con.execute("delete from grant_use where instrument_id = 'pop'")
    con.execute("delete from grant_requisitions where instrument_id = 'pop'")
    con.execute("delete from reports where instrument_id = 'pop'")
    db.refresh_derived(con)
    as_of = date(2026, 4, 1)
    for kind in ("requisition", "usage_end", "repayment", "report"):
        assert set(status(con, as_of, "pop", kind).values()) == {"unknown"}, kind


def test_facts_default_to_today(con) -> None:
    facts = queries.grants.grant_deadline_facts(con)
    assert set(facts["as_of"].dt.date) == {date.today()}


def test_reconciliation_lists_rules_in_the_views_order(con) -> None:
    con.execute("insert into grant_use values ('pop','01',2030,'sen',0)")  # after usage_end
    con.execute("insert into grant_use values ('pop','25',2025,'lager',60)")  # 110 of 100
    con.execute("update grant_allocations set allocated_sek = 4 "
                "where instrument_id = 'tie' and recipient_code = '25'")  # fmt: skip
    db.refresh_derived(con)
    got = queries.grants.grant_reconciliation(con, "sv")
    assert got["rule"].tolist() == [
        "allocations_not_total",
        "used_over_allocated",
        "use_outside_usage_window",
    ]
    assert got["rule"].tolist() == [
        r[0] for r in rows(con, "select rule from v_grant_reconciliation")
    ]
    assert got["difference_sek"].tolist() == [1, 10, 0]


def test_a_region_left_out_means_the_first_region(con) -> None:
    assert queries.grants.grant_region_instruments(con, "sv").equals(
        queries.grants.grant_region_instruments(con, "sv", "01")
    )
    assert queries.grants.grant_use_by_purpose(con).equals(
        queries.grants.grant_use_by_purpose(con, "01")
    )
    assert queries.grants.region_costs_by_year(con).empty  # 01 reported no costs
    skr = queries.grants.grant_use_by_purpose(con, "SKR")
    assert skr.values.tolist() == [[2024, "samordning", 1]]


def test_a_report_submitted_late_is_overdue_then_done(con) -> None:
    """Issue 12, point 7: the report's status comes from reports.submitted_on, not from use
    (06 had used all its money by 2025 but submitted its report only on 2025-11-15)."""
    assert status(con, date(2025, 11, 14), "pop", "report")["06"] == "overdue"
    assert status(con, date(2025, 11, 15), "pop", "report")["06"] == "done"
    facts = queries.grants.grant_deadline_facts(con, date(2025, 11, 15), "en", "06")
    report = facts[facts["deadline_kind"] == "report"].iloc[0]
    assert report["report_submitted_on"] == pd.Timestamp(2025, 11, 15)
    assert report["reports_loaded"]
