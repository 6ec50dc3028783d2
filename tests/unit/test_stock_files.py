"""The stock in Parquet files beside the database (issue 16): what a load writes, what readers
see, what a failed load leaves and what is collected later."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from conftest import SNAPSHOT, query

from dash_beredskap import db
from dash_beredskap.ingest.loader import load_file

HEADER = "snapshot_date,region,substance_id,quantity,daily_consumption\n"
SEPTEMBER = "2026-09-15"


def _files(path: Path) -> dict[str, os.stat_result]:
    return {f.name: f.stat() for f in sorted(db.stock_dir_of(path).glob("*.parquet"))}


def _manifest(path: Path) -> dict[str, str]:
    return {str(m): name for m, name in query(path, "select month, file_name from stock_files")}


@pytest.fixture()
def two_months(small_db: Path, write_file) -> Path:
    """small_db with a second month (September) loaded: one file per month."""
    load_file(small_db, "stock", write_file("sep.csv", HEADER + f"{SEPTEMBER},01,N01AX10,50,5\n"))
    return small_db


def test_the_published_file_holds_no_stock_rows(two_months: Path) -> None:
    assert query(two_months, "select count(*) from duckdb_tables() where table_name like 'stock%'")[
        0
    ] == (1,)  # the manifest only
    assert set(_manifest(two_months)) == {"2026-09-01", "2026-10-01"}
    assert set(_manifest(two_months).values()) == set(_files(two_months))
    assert query(two_months, "select count(*) from stock_snapshots") == [(4,)]


def test_a_small_load_rewrites_only_its_months_file(two_months: Path, write_file) -> None:
    before_files, before = _files(two_months), _manifest(two_months)
    load_file(two_months, "stock", write_file("oct.csv", HEADER + f"{SNAPSHOT},06,N01AX10,7,1\n"))
    after = _manifest(two_months)
    assert after["2026-09-01"] == before["2026-09-01"]
    untouched = _files(two_months)[before["2026-09-01"]]
    old = before_files[before["2026-09-01"]]
    assert (untouched.st_ino, untouched.st_mtime_ns) == (old.st_ino, old.st_mtime_ns)
    assert after["2026-10-01"] != before["2026-10-01"]
    # the month's other rows are kept, the key's row replaced, the other month untouched
    assert query(
        two_months,
        "select snapshot_date, region_code, substance_id, quantity from stock_snapshots "
        "order by all",
    ) == [
        (SNAPSHOT.replace(month=9, day=15), "01", "N01AX10", 50.0),
        (SNAPSHOT, "06", "C01CA24", 10.0),
        (SNAPSHOT, "06", "N01AX10", 7.0),
        (SNAPSHOT, "06", "N02AA01", 150.0),
    ]


def test_a_reader_opened_before_a_load_still_reads_its_snapshot(
    two_months: Path, write_file
) -> None:
    quantity = (
        "select quantity from stock_snapshots where region_code = '06' and substance_id = 'N01AX10'"
    )
    reader = db.connect_read_only(two_months)
    try:
        load_file(two_months, "stock", write_file("o.csv", HEADER + f"{SNAPSHOT},06,N01AX10,7,1\n"))
        assert reader.cursor().execute(quantity).fetchall() == [(400.0,)]
    finally:
        reader.close()
    assert query(two_months, quantity) == [(7.0,)]


def test_a_failed_load_leaves_no_new_file_and_the_old_ones_intact(
    two_months: Path, write_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    before_files, before = _files(two_months), _manifest(two_months)

    def fail(*args: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(db, "refresh_stock_derived", fail)  # after the new file is written
    with pytest.raises(RuntimeError, match="disk gone"):
        load_file(two_months, "stock", write_file("o.csv", HEADER + f"{SNAPSHOT},06,N01AX10,7,1\n"))
    assert _files(two_months) == before_files
    assert _manifest(two_months) == before
    assert query(two_months, "select count(*) from stock_snapshots") == [(4,)]


def test_leftovers_are_collected_after_the_grace_period(
    two_months: Path, write_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = db.stock_dir_of(two_months)
    stale, fresh = folder / "2026-01.killedwriter.parquet", folder / "2026-02.justnow.parquet"
    for leftover in (stale, fresh):
        leftover.write_bytes(b"PAR1")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    replaced = _manifest(two_months)["2026-10-01"]
    load_file(two_months, "stock", write_file("a.csv", HEADER + f"{SNAPSHOT},06,N01AX10,7,1\n"))
    # a killed writer's old file goes; a recent one and the month just replaced stay (a reader
    # of the previous file may still read it)
    assert not stale.exists() and fresh.exists() and (folder / replaced).exists()
    monkeypatch.setattr(db, "STOCK_GRACE_S", 0.0)
    second = _manifest(two_months)["2026-10-01"]
    load_file(two_months, "stock", write_file("b.csv", HEADER + f"{SNAPSHOT},06,N01AX10,8,1\n"))
    # past the grace: every file the manifest does not name goes, but the one this load
    # replaced (its grace starts now)
    assert set(_files(two_months)) == set(_manifest(two_months).values()) | {second}
