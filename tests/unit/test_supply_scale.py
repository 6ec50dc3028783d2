"""100 000 sites: the map queries stay small and never drop a site.

Timings are printed (pytest -s), never asserted: a shared CI machine is no benchmark.
"""

from __future__ import annotations

import time
from datetime import datetime

import duckdb
import pytest

from dash_beredskap import db, queries
from dash_beredskap.queries.supply import SupplySelection

N_SITES = 100_000
N_SUBSTANCES = 200


@pytest.fixture(scope="module")
def big() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    db.create_schema(con, datetime(2026, 11, 1))
    con.execute(
        "insert into countries values "
        "('IN','IND','Indien','India','Asia',false,false,0,0),"
        "('CN','CHN','Kina','China','Asia',false,false,0,0),"
        "('DE','DEU','Tyskland','Germany','Europe',true,false,0,0),"
        "('SE','SWE','Sverige','Sweden','Europe',true,true,0,0)"
    )
    con.execute(
        "insert into shapes select 'countries', iso2, "
        '\'{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}\' from countries'
    )
    con.execute(
        "insert into substances select 'S' || i, 'Ämne ' || i, 'Substance ' || i, "
        "'N01AX' || lpad(i::varchar, 2, '0'), 'N01AX', 'medicine' from range(?) t(i)",
        [N_SUBSTANCES],
    )
    con.execute(
        "insert into priority_lists values ('cur','c',DATE '2023-05-12',true,'t')",
    )
    con.execute("insert into priority_list_items select 'cur', substance_id from substances")
    con.execute(
        "insert into companies select 'K' || i, 'Company ' || i, 'IN', i % 10 = 0 "
        "from range(500) t(i)"
    )
    # sites spread over four countries, in a band of latitudes and longitudes per country
    con.execute(
        """
        insert into sites
        select
            'S' || lpad(i::varchar, 6, '0'),
            'K' || (i % 500),
            (['api', 'fpp', 'packaging'])[1 + (i % 3)::int],
            c.iso2,
            'City ' || (i % 997),
            c.lat0 + (hash(i) % 1000) / 100.0,
            c.lon0 + (hash(i + 1) % 1000) / 100.0,
            1.0
        from range(?) t(i)
        join (values (0, 'IN', 10, 70), (1, 'CN', 22, 105), (2, 'DE', 47, 6), (3, 'SE', 56, 12))
            c(k, iso2, lat0, lon0) on c.k = i % 4
        """,
        [N_SITES],
    )
    con.execute(
        f"""
        insert into site_substances
        select distinct s.site_id, 'S' || (hash(s.site_id || x) % {N_SUBSTANCES})
        from sites s, (values ('a'), ('b')) v(x)
        """
    )
    db.refresh_derived(con)
    yield con
    con.close()


def _timed(label: str, fn, *args):
    start = time.perf_counter()
    out = fn(*args)
    print(f"{label}: {len(out)} rows in {1000 * (time.perf_counter() - start):.0f} ms")
    return out


def test_the_whole_world_is_counted_in_cells(big) -> None:
    selection = SupplySelection(list_version="cur")
    summary = _timed("summary", queries.supply.site_selection_summary, big, selection).iloc[0]
    assert summary.n_sites == N_SITES
    cells = _timed("cells 1 deg", queries.supply.site_map_cells, big, selection, "sv", 1.0)
    assert cells["n_sites"].sum() == N_SITES  # every site in exactly one cell
    assert len(cells) < 2_000  # what the browser draws
    by_type = cells[["n_api_sites", "n_fpp_sites", "n_packaging_sites"]].sum()
    assert by_type.sum() == N_SITES
    countries = _timed("countries", queries.supply.sites_per_country, big, selection)
    assert countries["n_sites"].sum() == N_SITES
    assert countries["share_of_api_sites"].sum() == pytest.approx(1.0)


def test_a_narrow_selection_returns_points(big) -> None:
    selection = SupplySelection(list_version="cur", substance="S7", area="SE")
    points = _timed("points", queries.supply.site_map_points, big, selection)
    expected = big.execute(
        "select count(*) from site_substances ss join sites s using (site_id) "
        "where ss.substance_id = 'S7' and s.country_iso2 = 'SE'"
    ).fetchall()[0][0]
    assert len(points) == expected > 0
    table = _timed("vulnerability", queries.supply.vulnerability_table, big, selection)
    assert len(table) == 1
