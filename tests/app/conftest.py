"""A small hand-made database for the AppTest tests, and the figures expected on screen.

The expected figures are computed here straight from the base tables, in Python, without the
views or queries.py, so a test that compares them with what a page shows checks the whole
chain (view -> query -> formatting -> page) against an independent calculation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from dash_beredskap import db
from dash_beredskap.ui import data

APP = str(Path(__file__).resolve().parents[2] / "app.py")

REGIONS = (
    ("01", "Region Stockholm"),
    ("03", "Region Uppsala"),
    ("04", "Region Sörmland"),
    ("05", "Region Östergötland"),
    ("06", "Region Jönköpings län"),
    ("07", "Region Kronoberg"),
    ("08", "Region Kalmar län"),
    ("09", "Region Gotland"),
    ("10", "Region Blekinge"),
    ("12", "Region Skåne"),
    ("13", "Region Halland"),
    ("14", "Västra Götalandsregionen"),
    ("17", "Region Värmland"),
    ("18", "Region Örebro län"),
    ("19", "Region Västmanland"),
    ("20", "Region Dalarna"),
    ("21", "Region Gävleborg"),
    ("22", "Region Västernorrland"),
    ("23", "Region Jämtland Härjedalen"),
    ("24", "Region Västerbotten"),
    ("25", "Region Norrbotten"),
)
# substance_id, name_sv, name_en, category; A-D on the current list, X only on an old one
SUBSTANCES = (
    ("A", "Propofol", "Propofol", "medicine"),
    ("B", "Morfin", "Morphine", "medicine"),
    ("C", "Adrenalin", "Epinephrine", "medicine"),
    ("D", "Infusionsaggregat", "Infusion set", "device"),
    ("X", "Gammalt", "Old", "medicine"),
)
CURRENT_LIST = ("A", "B", "C", "D")
LATEST = date(2026, 11, 1)
MIDDLE = date(2026, 5, 1)
YEAR_BEFORE = date(2025, 11, 1)
OLDER = date(2025, 6, 1)
SNAPSHOTS = (OLDER, YEAR_BEFORE, MIDDLE, LATEST)


@dataclass(frozen=True)
class Expected:
    """Headline figures computed from the base tables (shares 0..1, money in kronor)."""

    latest: date
    previous: date
    share_latest: float
    share_previous: float
    n_meeting_latest: int
    n_pairs: int
    region_shares: dict[str, float | None]  # region name -> share on the latest date
    n_single_country: int
    n_with_api_sites: int
    n_priority: int
    allocated_sek: int
    used_sek: int
    repaid_sek: int
    n_active_shortages: int
    n_active_on_list: int
    grants_by_region: dict[str, tuple[int, int, int, int]]  # code -> (alloc, req, used, repaid)


def _stock_rows() -> list[tuple]:
    """Every region reports every substance on every date, except: Norrbotten (25) reports
    nothing on the latest date and Västerbotten (24) only A then. Days of cover vary by region,
    substance and date; D (a device) has zero consumption in odd-numbered regions."""
    rows = []
    for r_index, (code, _) in enumerate(REGIONS):
        for d_index, day in enumerate(SNAPSHOTS):
            for s_index, (sid, *_rest) in enumerate(SUBSTANCES):
                if day == LATEST and code == "25":
                    continue
                if day == LATEST and code == "24" and sid != "A":
                    continue
                days = (r_index * 7 + s_index * 11 + d_index * 5) % 61
                consumption = 0.0 if (sid == "D" and int(code) % 2) else 10.0
                rows.append((day, code, sid, days * 10.0 + 0.5 * (r_index % 3), consumption))
    return rows


def _insert(con: duckdb.DuckDBPyConnection) -> None:
    con.executemany(
        "insert into regions values (?, ?, ?, ?)",
        [(c, n, n.replace("Region ", "") + " län", f"SE-{c}") for c, n in REGIONS],
    )
    con.execute(
        "insert into countries values "
        "('IN','IND','Indien','India','Asia',false,false,0,0),"
        "('CN','CHN','Kina','China','Asia',false,false,0,0),"
        "('IT','ITA','Italien','Italy','Europe',true,false,0,0),"
        "('DE','DEU','Tyskland','Germany','Europe',true,false,0,0),"
        "('SE','SWE','Sverige','Sweden','Europe',true,true,0,0)"
    )
    con.executemany(
        "insert into substances values (?, ?, ?, null, null, ?)",
        [(sid, sv, en, cat) for sid, sv, en, cat in SUBSTANCES],
    )
    con.execute(
        "insert into priority_lists values ('old','Gammal',DATE '2022-01-01',false,'test'),"
        "('cur','Nuvarande',DATE '2023-05-12',true,'test')"
    )
    con.executemany(
        "insert into priority_list_items values (?, ?)",
        [("cur", s) for s in CURRENT_LIST] + [("old", "X")],
    )
    con.execute("insert into companies values ('K1','K1','IN',false),('K2','K2','DE',true)")
    # A: API in IN, IN, CN (two countries); B: API in IT only; C: API twice in DE (one
    # country); D: only a finished-product site; X (off the list): API in SE only.
    con.execute(
        "insert into sites values "
        "('s1','K1','api','IN','Mumbai',19,72,1),('s2','K1','api','IN','Pune',18,73,1),"
        "('s3','K1','api','CN','Wuhan',30,114,1),('s4','K2','api','IT','Milano',45,9,1),"
        "('s5','K2','api','DE','Köln',50,7,1),('s6','K2','api','DE','Berlin',52,13,1),"
        "('s7','K2','fpp','SE','Umeå',63,20,1),('s8','K2','api','SE','Lund',55,13,1)"
    )
    con.execute(
        "insert into site_substances values ('s1','A'),('s2','A'),('s3','A'),('s4','B'),"
        "('s5','C'),('s6','C'),('s7','D'),('s8','X'),('s2','B')"
    )
    con.executemany("insert into stock_snapshots values (?, ?, ?, ?, ?, null)", _stock_rows())
    con.execute(
        "insert into shortages values "
        # active on LATEST: open; resolved after LATEST; off-list but open
        "('n1','A','Propofol 10 mg/ml','restnotering',DATE '2026-09-01',null,null,"
        "DATE '2026-10-30'),"
        "('n2','B','Morfin 10 mg/ml','forsaljningsuppehall',DATE '2026-10-01',"
        "DATE '2026-12-01',DATE '2026-11-15',DATE '2026-11-20'),"
        "('n3','X','Gammalt 1 mg','restnotering',DATE '2026-08-01',null,null,DATE '2026-08-01'),"
        # not active on LATEST: resolved that very day; resolved before; starts after
        "('n4','C','Adrenalin 1 mg/ml','restnotering',DATE '2026-07-01',null,DATE '2026-11-01',"
        "DATE '2026-11-01'),"
        "('n5','A','Propofol 20 mg/ml','restnotering',DATE '2025-01-01',null,DATE '2025-03-01',"
        "DATE '2025-03-01'),"
        "('n6','B','Morfin 20 mg/ml','restnotering',DATE '2026-11-02',null,null,DATE '2026-11-02')"
    )
    con.execute(
        "insert into grant_instruments values "
        "('g1','Överenskommelse 2024','Agreement 2024',2024,'regions',1000000000,'population',"
        "DATE '2023-12-31',DATE '2024-12-01',DATE '2024-01-01',DATE '2025-12-31',"
        "DATE '2026-03-31',null,'doc'),"
        "('g2','SKR:s del 2024','SKR share 2024',2024,'skr',2000000,'fixed',null,null,null,null,"
        "null,null,'doc')"
    )
    con.executemany(
        "insert into grant_allocations values ('g1', ?, ?, 'computed')",
        [(c, 40_000_000 + i * 1_000_000) for i, (c, _) in enumerate(REGIONS)],
    )
    con.execute("insert into grant_allocations values ('g2','SKR',2000000,'published')")
    con.executemany(
        "insert into grant_requisitions values ('g1', ?, DATE '2024-11-01', ?)",
        [(c, 40_000_000 + i * 1_000_000) for i, (c, _) in enumerate(REGIONS)],
    )
    con.executemany(
        "insert into grant_use values ('g1', ?, ?, 'lager', ?)",
        [(c, 2024 + (i % 2), 30_000_000 + i * 500_000) for i, (c, _) in enumerate(REGIONS)],
    )
    con.execute("insert into grant_use values ('g2','SKR',2024,'samordning',1500000)")
    con.execute(
        "insert into grant_repayments values ('g1','01',DATE '2026-03-01',10000000),"
        "('g1','12',DATE '2026-03-15',2500000)"
    )
    con.execute(
        "insert into data_sources (load_id, dataset, title, is_synthetic, source, licence, "
        "loaded_at, n_rows, file_name, file_sha256) values "
        "(1,'regions','Regioner',false,'SCB','CC0',TIMESTAMP '2026-11-01 10:00',21,null,null),"
        "(2,'stock','Lager',true,'SYNTETISKA DEMODATA','CC0',TIMESTAMP '2026-11-01 10:00',"
        "400,null,null),"
        "(3,'grant-instruments','Medel',false,'Regeringen','Allmän handling',"
        "TIMESTAMP '2026-11-01 10:00',2,null,null),"
        "(4,'grant-use','Användning',true,'SYNTETISKA DEMODATA','CC0',"
        "TIMESTAMP '2026-11-01 10:00',22,null,null)"
    )


def _expected(con: duckdb.DuckDBPyConnection) -> Expected:
    """The headline figures, from the base tables only (no view, no queries.py)."""
    current = {
        r[0]
        for r in con.execute(
            "select i.substance_id from priority_list_items i join priority_lists l "
            "using (list_version) where l.is_current"
        ).fetchall()
    }
    stock = con.execute(
        "select snapshot_date, region_code, substance_id, quantity, daily_consumption "
        "from stock_snapshots"
    ).fetchall()
    regions = dict(con.execute("select region_code, region_name from regions").fetchall())
    latest = max(r[0] for r in stock)
    year_before = date(latest.year - 1, latest.month, latest.day)
    previous = max(r[0] for r in stock if r[0] <= year_before)

    def meeting(day: date) -> dict[str, int]:
        met = dict.fromkeys(regions, 0)
        for d, region, sid, qty, use in stock:
            # zero use meets only with stock (at least 1 unit: issue 12)
            if d == day and sid in current and (qty >= 1 if use == 0 else qty / use >= 30):
                met[region] += 1
        return met

    met_latest, met_previous = meeting(latest), meeting(previous)
    reported = {r[1] for r in stock if r[0] == latest}
    n_pairs = len(current) * len(regions)

    api = con.execute(
        "select ss.substance_id, s.country_iso2, s.site_id from site_substances ss "
        "join sites s using (site_id) where s.site_type = 'api'"
    ).fetchall()
    countries: dict[str, set[str]] = {}
    for sid, country, _ in api:
        if sid in current:
            countries.setdefault(sid, set()).add(country)

    shortages = con.execute(
        "select substance_id, start_date, resolved_date from shortages"
    ).fetchall()
    active = [
        sid
        for sid, start, resolved in shortages
        if start <= latest and (resolved is None or resolved > latest)
    ]

    def total(sql: str) -> int:
        return int(con.execute(sql).fetchall()[0][0] or 0)

    by_region = {}
    for code in [*regions, "SKR"]:
        by_region[code] = tuple(
            total(f"select sum({col}) from {table} where recipient_code = '{code}'")
            for table, col in (
                ("grant_allocations", "allocated_sek"),
                ("grant_requisitions", "amount_sek"),
                ("grant_use", "used_sek"),
                ("grant_repayments", "amount_sek"),
            )
        )

    return Expected(
        latest=latest,
        previous=previous,
        share_latest=sum(met_latest.values()) / n_pairs,
        share_previous=sum(met_previous.values()) / n_pairs,
        n_meeting_latest=sum(met_latest.values()),
        n_pairs=n_pairs,
        region_shares={
            regions[c]: (met_latest[c] / len(current) if c in reported else None) for c in regions
        },
        n_single_country=sum(1 for c in countries.values() if len(c) == 1),
        n_with_api_sites=len(countries),
        n_priority=len(current),
        allocated_sek=total("select sum(allocated_sek) from grant_allocations"),
        used_sek=total("select sum(used_sek) from grant_use"),
        repaid_sek=total("select sum(amount_sek) from grant_repayments"),
        n_active_shortages=len(active),
        n_active_on_list=sum(1 for s in active if s in current),
        grants_by_region=by_region,
    )


@dataclass(frozen=True)
class SmallDatabase:
    path: Path
    expected: Expected


@pytest.fixture(scope="session")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> SmallDatabase:
    path = tmp_path_factory.mktemp("app") / "small.duckdb"
    found: list[Expected] = []

    def build(con: duckdb.DuckDBPyConnection) -> None:
        db.create_schema(con, datetime(2026, 11, 1))
        _insert(con)
        db.refresh_derived(con)
        found.append(_expected(con))

    db.publish_new(path, build)
    return SmallDatabase(path, found[0])


@pytest.fixture()
def app_db(small_db: SmallDatabase, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmallDatabase]:
    """BEREDSKAP_DB points at the small database; caches are emptied before and after."""
    monkeypatch.setenv("BEREDSKAP_DB", str(small_db.path))
    data.close_all()
    yield small_db
    data.close_all()


def open_page(page: str, lang: str = "sv", timeout: float = 60, **params: str) -> AppTest:
    """Open `page` (a path under pages/) through the router, with URL parameters, no exception."""
    at = AppTest.from_file(APP, default_timeout=timeout)
    if lang != "sv":
        at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.fixture()
def files(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[Callable, str]]:
    """deferred file id -> (the callable that builds the file, its file name): download
    buttons build their files only when clicked, so a test builds them as a click would."""
    built: dict[str, tuple[Callable, str]] = {}
    original = MediaFileManager.add_deferred

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kw) -> str:
        file_id = original(self, data_callable, mimetype, coordinates, file_name, **kw)
        built[file_id] = (data_callable, file_name or "")
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return built
