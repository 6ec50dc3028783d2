"""Scenarios as data: the `scenarios` data set, saving from the page through the same loader,
the demo's three examples, and the queries the page reads them with."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from conftest import query, sha256_of, table_contents
from scenario_supply import run_on_db

from dash_beredskap import db, queries
from dash_beredskap import scenarios as sc
from dash_beredskap.cli import cli
from dash_beredskap.ingest.errors import IngestError
from dash_beredskap.ingest.loader import load_file, save_scenario
from dash_beredskap.ingest.specs import DATASETS

HEADER = "scenario_id;name;description;kind;target;start_date;duration_days;share\n"
START = date(2026, 12, 1)


def add_sites(path: Path) -> None:
    """Two companies, three sites, and one example scenario, on top of the small database."""

    def change(con: duckdb.DuckDBPyConnection) -> None:
        con.execute(
            "insert into companies values ('K1','Indo AB','IN',false),('K2','Ita','IT',true)"
        )
        con.execute(
            "insert into sites values ('s1','K1','api','IN','Pune',18,73,1),"
            "('s2','K2','api','IT','Milano',45,9,null),('s3','K2','fpp','SE','Umeå',63,20,2)"
        )
        con.execute(
            "insert into site_substances values ('s1','N01AX10'),('s2','N01AX03'),"
            "('s1','N01AX03'),('s3','N01AX10')"
        )
        con.execute(
            "insert into scenarios values ('exempel-1','Exempel','',TIMESTAMP '2026-10-01',true)"
        )
        con.execute(
            "insert into scenario_disruptions values ('exempel-1',1,'country','IN',"
            "DATE '2026-12-01',90,1,1)"
        )

    db.publish_change(path, change)


@pytest.fixture()
def scen_db(small_db: Path) -> Path:
    add_sites(small_db)
    return small_db


def disruptions(path: Path) -> list[tuple]:
    return query(
        path,
        "select scenario_id, seq, kind, target, start_date, duration_days, share "
        "from scenario_disruptions order by scenario_id, seq",
    )


# ------------------------------------------------------------------ the schema


def test_the_schema_has_the_scenario_tables(small_db: Path) -> None:
    assert db.SCHEMA_VERSION >= 2  # the scenario tables came with version 2
    tables = {r[0] for r in query(small_db, "select table_name from information_schema.tables")}
    assert {"scenarios", "scenario_disruptions"} <= tables


def test_no_derived_table_reads_scenarios_so_a_scenario_load_skips_the_rebuild() -> None:
    assert not DATASETS["scenarios"].refreshes_derived
    reads = re.compile(r"\b(from|join)\s+(scenarios|scenario_disruptions)\b", re.IGNORECASE)
    for name in db.DERIVED_SQL:
        assert not reads.search(db.read_sql(name)), name
    assert reads.search("select 1 from scenario_disruptions")  # the pattern does find one


# ------------------------------------------------------------------ `beredskap load scenarios`


def test_a_file_loads_with_swedish_names_and_canonical_targets(scen_db: Path, write_file) -> None:
    file = write_file(
        "s.csv",
        HEADER + "ovning;Övning;Text;land;in;2026-12-01;90;\n"
        "ovning;Övning;Text;landgrupp;utanför EU/EES;2026-12-01;30;\n"
        "ovning;Övning;Text;regionlager;Jönköpings län;2026-12-01;30;0,5\n"
        "ovning;Övning;Text;företag;k1;2027-01-01;10;1\n"
        "ovning;Övning;Text;tillverkningsställe;S3;2027-01-01;0;\n",
    )
    result = load_file(scen_db, "scenarios", file, now=datetime(2026, 11, 2))
    assert (result.n_rows, result.n_new) == (5, 5)
    assert [r[1:4] for r in disruptions(scen_db) if r[0] == "ovning"] == [
        (1, "country", "IN"),
        (2, "country_group", "non_eu_eea"),
        (3, "region_stock", "06"),
        (4, "company", "K1"),
        (5, "site", "s3"),
    ]
    assert query(scen_db, "select share from scenario_disruptions where seq = 3 and "
                 "scenario_id = 'ovning'") == [(0.5,)]  # fmt: skip
    assert query(
        scen_db, "select name, description, is_example from scenarios where scenario_id='ovning'"
    ) == [("Övning", "Text", False)]


def test_a_scenario_in_the_file_gets_exactly_its_rows_and_keeps_created_at(
    scen_db: Path, write_file
) -> None:
    first = write_file(
        "a.csv",
        HEADER + "ovning;Övning;;country;IN;2026-12-01;90;\n"
        "ovning;Övning;;country;CN;2026-12-01;90;\n"
        "annan;Annan;;country;SE;2026-12-01;5;\n",
    )
    load_file(scen_db, "scenarios", first, now=datetime(2026, 11, 2))
    before = table_contents(scen_db)
    load_file(scen_db, "scenarios", first, now=datetime(2026, 11, 3))  # the same file again
    after = table_contents(scen_db)
    for table in ("scenarios", "scenario_disruptions"):
        assert after[table] == before[table]
    second = write_file("b.csv", HEADER + "ovning;Övning 2;Ny;country;IT;2027-01-01;14;\n")
    result = load_file(scen_db, "scenarios", second, now=datetime(2026, 11, 4))
    assert (result.n_new, result.n_replaced) == (1, 0)
    rows = disruptions(scen_db)
    assert [r for r in rows if r[0] == "ovning"] == [
        ("ovning", 1, "country", "IT", date(2027, 1, 1), 14, 1.0)
    ]
    assert [r[0] for r in rows if r[0] == "annan"] == ["annan"]  # not in the file: kept
    assert query(
        scen_db, "select name, description, created_at from scenarios where scenario_id='ovning'"
    ) == [("Övning 2", "Ny", datetime(2026, 11, 2))]


def test_a_bad_file_is_refused_whole_with_every_error(scen_db: Path, write_file) -> None:
    before = sha256_of(scen_db)
    file = write_file(
        "bad.csv",
        HEADER + "ok;Ok;;country;IN;2026-12-01;5;\n"
        "x y;X;;country;IN;2026-12-01;5;\n"  # id with a space
        "b;B;;country;XX;2026-12-01;5;\n"  # no such country
        "b;B;;company;K9;2026-12-01;5;\n"  # no such company
        "b;B;;site;s9;2026-12-01;5;\n"  # no such site
        "b;B;;region_stock;Atlantis;2026-12-01;5;0,5\n"  # no such region
        "b;B;;country_group;asia;2026-12-01;5;\n"  # no such group
        "b;B;;country;CN;2026-12-01;5;0,5\n"  # share on a country
        "b;B;;country;SE;2026-02-30;-1;\n"  # bad date, negative duration
        "b;Annat namn;;country;IT;2026-12-01;5;\n"  # another name for b
        "exempel-1;E;;country;IN;2026-12-01;5;\n",  # an example's id
    )
    with pytest.raises(IngestError) as refused:
        load_file(scen_db, "scenarios", file)
    found = {(e.row, e.column) for e in refused.value.errors}
    assert found == {
        (3, "scenario_id"),
        (4, "target"),
        (5, "target"),
        (6, "target"),
        (7, "target"),
        (8, "target"),
        (9, "share"),
        (10, "start_date"),
        (10, "duration_days"),
        (11, "name"),
        (12, "scenario_id"),
    }
    assert sha256_of(scen_db) == before


def test_the_cli_loads_the_example_file_into_the_demo(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "demo.duckdb"
    db.copy_database(demo_file, path)
    runner = CliRunner()
    examples = Path(__file__).resolve().parents[2] / "data" / "examples"
    assert runner.invoke(cli, ["load", "sites", str(examples / "sites.csv"), "--db", str(path)])
    result = runner.invoke(
        cli, ["load", "scenarios", str(examples / "scenarios.csv"), "--db", str(path)]
    )
    assert result.exit_code == 0, result.output
    ids = {r[0] for r in query(path, "select scenario_id from scenarios")}
    assert {"exempel-kina-och-brand", "exempel-norden-ensam"} <= ids
    assert len(ids) == 7  # the demo's four examples and the file's three
    assert query(
        path,
        "select kind, target, factor from scenario_disruptions "
        "where scenario_id = 'exempel-krig-efterfragan' order by seq",
    ) == [("country", "IN", 1.0), ("demand", "J01", 1.5)]


def test_a_demand_rise_loads_checked_and_stored_with_its_factor(scen_db: Path, write_file) -> None:
    header = HEADER.replace("share\n", "share;factor\n")
    file = write_file(
        "d.csv",
        header + "krig;Krig;;efterfrågan;alla;2026-12-01;90;;1,5\n"
        "krig;Krig;;demand;n01;2026-12-01;30;;2\n"
        "krig;Krig;;demand;skyddsutrustning;2026-12-01;30;;\n"
        "krig;Krig;;country;IN;2026-12-01;90;;\n",
    )
    load_file(scen_db, "scenarios", file, now=datetime(2026, 11, 2))
    assert query(
        scen_db,
        "select kind, target, share, factor from scenario_disruptions "
        "where scenario_id = 'krig' order by seq",
    ) == [
        ("demand", "all", 1.0, 1.5),
        ("demand", "N01", 1.0, 2.0),
        ("demand", "ppe", 1.0, 1.0),
        ("country", "IN", 1.0, 1.0),
    ]
    before = sha256_of(scen_db)
    bad = write_file(
        "bad.csv",
        header + "b;B;;country;CN;2026-12-01;5;;1,5\n"  # a factor on a country
        "b;B;;demand;all;2026-12-01;5;;0,5\n"  # a fall, not a rise
        "b;B;;demand;all;2026-12-01;5;;11\n"  # above 10
        "b;B;;demand;X99;2026-12-01;5;;2\n"  # no item has this ATC code
        "b;B;;demand;all;2026-12-01;5;0,5;2\n",  # a share on a demand rise
    )
    with pytest.raises(IngestError) as refused:
        load_file(scen_db, "scenarios", bad)
    assert {(e.row, e.column) for e in refused.value.errors} == {
        (2, "factor"),
        (3, "factor"),
        (4, "factor"),
        (5, "target"),
        (6, "share"),
    }
    assert sha256_of(scen_db) == before


# ------------------------------------------------------------------ saving from the page


def test_saving_uses_the_loader_and_reads_back_the_same_scenario(scen_db: Path) -> None:
    scenario = sc.Scenario(
        "Indien och brand",
        (
            sc.Disruption("country", "IN", START, 90),
            sc.Disruption("region_stock", "06", START, 30, share=0.4),
            sc.Disruption("demand", "all", START, 60, factor=1.5),
        ),
        "Test",
    )
    result = save_scenario(scen_db, "indien-och-brand", scenario, now=datetime(2026, 11, 5))
    assert result.dataset == "scenarios" and result.n_rows == 3
    con = duckdb.connect(str(scen_db), read_only=True)
    try:
        saved = sc.scenarios_from_frames(
            queries.scenarios.saved_scenarios(con),
            queries.scenarios.saved_scenario_disruptions(con),
        )
        sources = con.execute(
            "select file_name, is_synthetic from data_sources where dataset = 'scenarios'"
        ).fetchall()
    finally:
        con.close()
    assert saved["indien-och-brand"] == scenario
    assert sources == [("scenario-indien-och-brand.csv", False)]
    # saving by the same name again replaces it
    shorter = sc.Scenario("Indien och brand", scenario.disruptions[:1])
    save_scenario(scen_db, "indien-och-brand", shorter, now=datetime(2026, 11, 6))
    assert [r[1:4] for r in disruptions(scen_db) if r[0] == "indien-och-brand"] == [
        (1, "country", "IN")
    ]


def test_saving_is_refused_for_an_example_an_empty_scenario_or_an_unknown_target(
    scen_db: Path,
) -> None:
    before = sha256_of(scen_db)
    india = sc.Scenario("E", (sc.Disruption("country", "IN", START, 5),))
    with pytest.raises(IngestError):
        save_scenario(scen_db, "exempel-1", india)
    with pytest.raises(IngestError):
        save_scenario(scen_db, "tom", sc.Scenario("Tom"))
    with pytest.raises(IngestError):
        save_scenario(scen_db, "x", sc.Scenario("X", (sc.Disruption("site", "s99", START, 5),)))
    assert sha256_of(scen_db) == before


# ------------------------------------------------------------------ the demo's examples


@pytest.fixture(scope="module")
def demo(demo_file: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(demo_file), read_only=True)
    yield con
    con.close()


def test_the_demo_ships_four_examples_marked_synthetic(demo: duckdb.DuckDBPyConnection) -> None:
    saved = queries.scenarios.saved_scenarios(demo)
    assert list(saved["scenario_id"]) == [  # examples first, then by creation and id
        "exempel-indien-90",
        "exempel-krig-indien-90",
        "exempel-storsta-api-tillverkaren-182",
        "exempel-utanfor-eu-ees-60",
    ]
    assert saved["is_example"].all()
    assert saved.set_index("scenario_id")["n_disruptions"].to_dict() == {
        "exempel-indien-90": 1,
        "exempel-krig-indien-90": 2,  # India stops and demand rises x1.5
        "exempel-storsta-api-tillverkaren-182": 1,
        "exempel-utanfor-eu-ees-60": 1,
    }
    assert demo.execute(
        "select is_synthetic from data_sources where dataset = 'scenarios'"
    ).fetchall() == [(True,)]
    # the third is the company whose API sites make the most substances on the current list
    top = demo.execute(
        """
        select s.company_id, count(distinct ss.substance_id) n
        from sites s join site_substances ss using (site_id)
        where s.site_type = 'api' and ss.substance_id in (
            select substance_id from priority_list_items join priority_lists using (list_version)
            where is_current)
        group by 1 order by n desc, 1 limit 1
        """
    ).fetchall()[0][0]
    targets = dict(
        demo.execute(
            "select scenario_id, target from scenario_disruptions where seq = 1"
        ).fetchall()
    )
    assert targets["exempel-storsta-api-tillverkaren-182"] == top


def test_the_india_example_matches_an_independent_count(demo: duckdb.DuckDBPyConnection) -> None:
    """Priority substances that lose every source = those with a stage (API or finished
    product) whose every site is in India, counted here in SQL."""
    expected = demo.execute(
        """
        with stage as (
            select ss.substance_id, s.site_type, bool_and(s.country_iso2 = 'IN') as all_in
            from site_substances ss join sites s using (site_id)
            where s.site_type in ('api', 'fpp')
            group by all
        )
        select count(distinct substance_id) from stage
        where all_in and substance_id in (
            select substance_id from priority_list_items join priority_lists using (list_version)
            where is_current)
        """
    ).fetchall()[0][0]
    saved = sc.scenarios_from_frames(
        queries.scenarios.saved_scenarios(demo), queries.scenarios.saved_scenario_disruptions(demo)
    )
    result = run_on_db(demo, saved["exempel-indien-90"])
    assert result.headline["n_priority_no_source"] == expected > 0
    assert result.headline["n_regions"] == 21
    assert result.duration_days == 90 and result.start == START
    # the war example: the same India stop with demand x1.5 runs out sooner, never later
    war = run_on_db(demo, saved["exempel-krig-indien-90"])
    assert war.pressure == "both" and result.pressure == "supply_cut"
    assert war.headline["n_priority_no_source"] == result.headline["n_priority_no_source"]
    assert war.headline["n_priority_running_out"] > result.headline["n_priority_running_out"]
    before = result.regions_items.set_index(["region_code", "substance_id"])["stockout_day"]
    after = war.regions_items.set_index(["region_code", "substance_id"])["stockout_day"]
    both = before.notna() & after.notna()
    assert (after[both] <= before[both]).all() and (after[both] < before[both]).any()
