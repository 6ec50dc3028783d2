"""queries.meta: what the file says about itself, on a tiny database filled by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import duckdb
import pytest

from dash_beredskap import db, queries

CREATED = datetime(2026, 11, 1, 6, 30)


@pytest.fixture()
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect()
    db.create_schema(con, CREATED)
    con.execute(
        "insert into data_sources (load_id, dataset, title, is_synthetic, source, licence, "
        "loaded_at, n_rows, file_name, file_sha256) values "
        "(1,'stock','Lager',true,'demo','CC0',TIMESTAMP '2026-11-01 07:00',120,null,null),"
        "(2,'regions','Regioner',false,'SCB','CC0',TIMESTAMP '2026-11-01 07:00',21,null,null),"
        "(3,'stock','Lager',false,'region','CC0',TIMESTAMP '2026-11-02 08:00',5,'s.csv','ab')"
    )
    con.execute(
        "insert into data_sources (load_id, dataset, title, is_synthetic, is_computed, source, "
        "licence, loaded_at, n_rows) values (4,'grant-allocations','Medel per region',false,true,"
        "'beräknat efter folkmängd 2023-12-31','CC0',TIMESTAMP '2026-11-01 07:00',21)"
    )
    con.execute(
        "insert into shapes values ('countries','SE','{\"type\":\"Point\"}'),"
        "('countries','DK','{}'),('regions','01','{}')"
    )
    db.refresh_derived(con)
    yield con
    con.close()


def test_schema_info_is_the_stamp(con) -> None:
    info = queries.meta.schema_info(con)
    assert info["schema_version"].tolist() == [db.SCHEMA_VERSION]
    assert info["created_at"].tolist() == [CREATED]


def test_data_sources_by_dataset_newest_load_first(con) -> None:
    got = queries.meta.data_sources(con)
    assert got[["dataset", "n_rows"]].values.tolist() == [
        ["grant-allocations", 21],
        ["regions", 21],
        ["stock", 5],
        ["stock", 120],
    ]
    assert got["is_synthetic"].tolist() == [False, False, False, True]
    assert got["file_name"].tolist()[2] == "s.csv"


def test_public_views_are_the_v_views_of_the_file(con) -> None:
    got = queries.meta.public_views(con)["view_name"].tolist()
    assert got == sorted(db.PUBLIC_VIEWS)  # no stg_* view, no agg_* table


def test_shapes_of_one_layer_by_code(con) -> None:
    countries = queries.meta.shapes(con)
    assert countries["code"].tolist() == ["DK", "SE"]
    assert countries["geojson"].tolist()[1] == '{"type":"Point"}'
    assert queries.meta.shapes(con, "regions")["code"].tolist() == ["01"]


def test_data_sources_provenance_is_real_computed_or_synthetic(con) -> None:
    """Issue 12, point 6: a computed data set is its own state, never shown as real."""
    got = queries.meta.data_sources(con)
    assert got["provenance"].tolist() == ["computed", "real", "real", "synthetic"]
