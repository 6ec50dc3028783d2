"""The writer under faults and concurrency (issue 13): nothing lost, nothing half-written.

Each test here failed on the code before its fix; the README's "Reliability" section says what
they guarantee together.
"""

from __future__ import annotations

import errno
import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner, Result
from conftest import SNAPSHOT, query, sha256_of, stock_as_table

from dash_beredskap import db
from dash_beredskap.cli import cli
from dash_beredskap.ingest.errors import IngestError
from dash_beredskap.ingest.loader import load_file
from dash_beredskap.ingest.readers import read_table

HEADER = "snapshot_date,region,substance_id,quantity,daily_consumption\n"

# A load in its own process whose copy step is slow, so two such loads overlap for sure.
_SLOW_LOAD = """
import shutil, sys, time
from dash_beredskap import db
from dash_beredskap.cli import cli
from dash_beredskap.ingest.loader import load_file

def slow_copy(src, dst):
    shutil.copyfile(src, dst)
    time.sleep(1.5)

db.shutil = type("S", (), {"copyfile": staticmethod(slow_copy)})
load_file(sys.argv[1], "stock", sys.argv[2])
"""


# ---------------------------------------------------------------- 1. one writer per file
def test_two_loads_with_different_temp_folders_keep_both_files_rows(
    small_db: Path, write_file, tmp_path: Path
) -> None:
    files = [
        write_file(f"s{code}.csv", HEADER + f"{SNAPSHOT},{code},N01AX10,{code}0,1\n")
        for code in ("01", "03")
    ]
    procs = []
    for i, file in enumerate(files):
        tmp = tmp_path / f"tmp{i}"
        tmp.mkdir()
        env = {**os.environ, "TMPDIR": str(tmp)}
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", _SLOW_LOAD, str(small_db), str(file)],
                env=env,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    rows = query(small_db, "select region_code from stock_snapshots order by 1")
    assert ("01",) in rows and ("03",) in rows
    loads = query(small_db, "select count(distinct load_id) from data_sources where n_rows = 1")
    assert loads == [(2,)]


def test_a_writer_that_cannot_get_the_lock_gives_up_with_a_clear_message(
    small_db: Path, write_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write_file("s.csv", HEADER + f"{SNAPSHOT},01,N01AX10,10,1\n")
    before = sha256_of(small_db)
    monkeypatch.setattr(db, "LOCK_TIMEOUT_S", 0.2)
    with open(small_db.with_name(small_db.name + ".lock"), "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(db.WriterBusyError, match=r"another writer.*try again"):
            load_file(small_db, "stock", good)
    assert sha256_of(small_db) == before


# ---------------------------------------------------------------- 3. infinity and overflow
def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize(
    ("dataset", "content", "column", "says"),
    [
        ("stock", HEADER + f"{SNAPSHOT},01,N01AX10,1e999,1\n", "quantity", "infinity"),
        ("stock", HEADER + f"{SNAPSHOT},01,N01AX10,5,-1E400\n", "daily_consumption", "infinity"),
        ("stock", HEADER + f"{SNAPSHOT},01,N01AX10,inf,1\n", "quantity", "a number"),
        ("stock", HEADER + f"{SNAPSHOT},01,N01AX10,nan,1\n", "quantity", "a number"),
        (
            "grant-allocations",
            "instrument_id,region,allocated_sek\nok2024_lakemedel,01,99999999999999999999\n",
            "allocated_sek",
            "between -9 223 372 036 854 775 808 and 9 223 372 036 854 775 807",
        ),
        (
            "grant-allocations",
            "instrument_id,region,allocated_sek\nok2024_lakemedel,01,1e30\n",
            "allocated_sek",
            "9 223 372 036 854 775 807",
        ),
    ],
    ids=["1e999", "-1E400", "inf", "nan", "2^66", "1e30 as int"],
)
def test_non_finite_and_overflowing_numbers_are_refused_with_row_and_column(
    small_db: Path, write_file, dataset: str, content: str, column: str, says: str
) -> None:
    bad = write_file("bad.csv", content)
    before = sha256_of(small_db)
    result = run("load", dataset, str(bad), "--db", str(small_db))
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"bad.csv, row 2, column {column}: got " in result.stderr
    assert says in result.stderr
    assert sha256_of(small_db) == before


def test_check_reports_infinite_values(small_db: Path) -> None:
    db.publish_change(
        small_db,
        lambda con: (
            stock_as_table(con),
            con.execute(
                "update stock_snapshots set quantity = 'inf'::double where substance_id = 'N01AX10'"
            ),
        ),
    )
    result = run("check", "--db", str(small_db))
    assert result.exit_code == 1
    assert "stock_snapshots.quantity: 1 infinite or NaN value(s)" in result.stdout


# ---------------------------------------------------------------- 4. silent row loss
def test_unclosed_quote_in_the_last_column_is_refused_naming_the_quote(write_file) -> None:
    text = 'a,b,note\n1,2,first\n3,4,"the quote opens here\n5,6,third\n7,8,fourth\n'
    with pytest.raises(IngestError) as refused:
        read_table(write_file("q.csv", text))
    [error] = refused.value.errors
    assert (error.row, error.column) == (3, "note")
    assert 'a closing quote (")' in str(error) and "2 line(s) after it" in str(error)


def test_quotes_closed_later_still_refuse_the_swallowed_lines(small_db: Path, write_file) -> None:
    header = "instrument_id,region,purpose,used_sek,year\n"
    content = (
        header
        + 'ok2024_lakemedel,06,"lager,100,2024\n'  # quote opened...
        + 'ok2024_lakemedel,06,"more" stock",200,2024\n'  # ...and closed a line later
        + "ok2024_lakemedel,06,ok,300,2024\n"
    )
    bad = write_file("use.csv", content)
    before = sha256_of(small_db)
    result = run("load", "grant-use", str(bad), "--db", str(small_db))
    assert result.exit_code == 2, result.output
    assert "use.csv, row 2, column purpose" in result.stderr
    assert "a quote" in result.stderr
    assert sha256_of(small_db) == before


def test_line_breaks_stay_allowed_in_descriptions(write_file) -> None:
    table = read_table(write_file("d.csv", 'a,description\n1,"two\nlines"\n2,x\n'))
    assert table.rows == [(2, ["1", "two\nlines"]), (4, ["2", "x"])]


# ---------------------------------------------------------------- 5. one line, not a traceback
def _disk_full(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device", str(args[-1]))


@pytest.mark.parametrize("where", ["shutil.copyfile", "os.replace"])
def test_full_disk_gives_one_line_and_a_non_zero_exit(
    small_db: Path, write_file, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    good = write_file("s.csv", HEADER + f"{SNAPSHOT},01,N01AX10,10,1\n")
    before = sha256_of(small_db)
    module, name = where.split(".")
    monkeypatch.setattr(getattr(db, module), name, _disk_full)
    result = run("load", "stock", str(good), "--db", str(small_db))
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: the disk is full") and "free some and try again" in line
    monkeypatch.undo()
    assert sha256_of(small_db) == before
    assert [p.name for p in small_db.parent.iterdir() if p.name.endswith((".new", ".wal"))] == []


def test_unwritable_folder_gives_one_line(
    small_db: Path, write_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write_file("s.csv", HEADER + f"{SNAPSHOT},01,N01AX10,10,1\n")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(small_db.parent))

    monkeypatch.setattr(db.tempfile, "mkstemp", refuse)  # root may write anywhere: mock it
    result = run("load", "stock", str(good), "--db", str(small_db))
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert f"no permission to write {small_db.parent}" in line and "another --db" in line


def test_debug_shows_the_traceback(
    small_db: Path, write_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write_file("s.csv", HEADER + f"{SNAPSHOT},01,N01AX10,10,1\n")
    monkeypatch.setattr(db.shutil, "copyfile", _disk_full)
    result = run("--debug", "load", "stock", str(good), "--db", str(small_db))
    assert isinstance(result.exception, OSError) and result.exception.errno == errno.ENOSPC


# ---------------------------------------------------------------- 6. leftover temp files
def test_check_reports_and_the_next_writer_removes_leftover_temp_files(
    small_db: Path, write_file, tmp_path: Path
) -> None:
    killed = [
        small_db.with_name(f".{small_db.name}.abc_1234.new"),
        small_db.with_name(f".{small_db.name}.abc_1234.new.wal"),
    ]
    other_db = small_db.with_name(".other.duckdb.xyz.new")  # another database's: not ours
    for f in [*killed, other_db]:
        f.write_bytes(b"x" * 1000)
    result = run("check", "--db", str(small_db))
    assert f"leftover temp file {killed[0].name}" in result.stdout
    assert f"leftover temp file {killed[1].name}" in result.stdout
    good = write_file("s.csv", HEADER + f"{SNAPSHOT},01,N01AX10,10,1\n")
    load_file(small_db, "stock", good)
    assert not any(f.exists() for f in killed) and other_db.exists()
    assert "leftover" not in run("check", "--db", str(small_db)).stdout


# ---------------------------------------------------------------- 7. permissions
def test_a_load_keeps_the_files_mode_and_group(small_db: Path, write_file) -> None:
    group = 4242  # any group id: the test may run as root, which may set it
    os.chmod(small_db, 0o640)
    try:
        os.chown(small_db, -1, group)
    except PermissionError:
        group = small_db.stat().st_gid
    good = write_file("s.csv", HEADER + f"{SNAPSHOT},01,N01AX10,10,1\n")
    load_file(small_db, "stock", good)
    after = small_db.stat()
    assert (oct(after.st_mode & 0o777), after.st_gid) == (oct(0o640), group)
    assert query(small_db, "select count(*) from stock_snapshots") == [(4,)]


# ---------------------------------------------------------------- 8. compaction
def test_the_file_does_not_grow_with_every_small_load(small_db: Path, write_file) -> None:
    start = small_db.stat().st_size
    for day in range(2, 7):  # five 5-row loads, each a new day (was 8.9 -> 12.3 MB)
        regions = ("01", "03", "04", "05", "07")
        rows = "".join(f"2026-10-0{day},{code},N01AX10,{day},1\n" for code in regions)
        load_file(small_db, "stock", write_file(f"s{day}.csv", HEADER + rows))
    # what grows is the new days' aggregate rows (a block or two each, of 256 KB): free blocks
    # that are never given back, the old cause, are at most db.COMPACT_FREE_SHARE of the file
    assert small_db.stat().st_size <= 1.15 * start
    ((free, total),) = query(
        small_db, "select free_blocks, total_blocks from pragma_database_size()"
    )
    assert free <= db.COMPACT_FREE_SHARE * total
    assert query(small_db, "select count(*) from stock_snapshots") == [(3 + 5 * 5,)]
    result = run("check", "--db", str(small_db))  # tables, constraints, views, macros all there
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- 9. a stray far-away cell
def _workbook_with_stray_cell(path: Path, cell: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["snapshot_date", "region", "substance_id", "quantity", "daily_consumption"])
    sheet.append([SNAPSHOT.isoformat(), "01", "N01AX10", 10, 1])
    sheet[cell] = "x"
    book.save(path)
    return path


def test_a_stray_cell_at_xfd1048576_is_refused_in_seconds(small_db: Path, tmp_path: Path) -> None:
    bad = _workbook_with_stray_cell(tmp_path / "far.xlsx", "XFD1048576")
    started = time.monotonic()
    result = run("load", "stock", str(bad), "--db", str(small_db))
    assert time.monotonic() - started < 30  # was still running after 900 s
    assert result.exit_code == 2, result.output
    assert "far.xlsx, row 1048576: got 'a value in cell XFD1048576'" in result.stderr
    assert "delete the cells to the right of your table" in result.stderr


def test_formatting_far_away_without_a_value_loads_in_seconds(
    small_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "styled.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["snapshot_date", "region", "substance_id", "quantity", "daily_consumption"])
    sheet.append([SNAPSHOT.isoformat(), "01", "N01AX10", 10, 1])
    sheet["XFD1048576"].number_format = "0.00"  # a formatted, empty cell: the sheet's dimension
    book.save(path)
    started = time.monotonic()
    result = run("load", "stock", str(path), "--db", str(small_db))
    assert time.monotonic() - started < 30
    assert result.exit_code == 0, result.output
    assert "1 row(s), 1 new" in result.stdout


# ---------------------------------------------------------------- 12. messages that mislead
def test_a_garbage_database_is_blamed_on_the_database_by_its_own_name(
    tmp_path: Path, write_file
) -> None:
    garbage = tmp_path / "beredskap.duckdb"
    garbage.write_bytes(b"not a database " * 1000)
    good = write_file("s.csv", HEADER + f"{SNAPSHOT},01,N01AX10,10,1\n")
    for args in (["load", "stock", str(good)], ["check"]):
        result = run(*args, "--db", str(garbage))
        assert result.exit_code == 1
        [line] = result.stderr.splitlines()
        assert f"{garbage}: not a DuckDB database" in line and "build-demo" in line
        assert ".new" not in line and "s.csv" not in line


def test_ten_thousand_unknown_columns_give_a_short_warning(small_db: Path, write_file) -> None:
    extra = [f"extra_{i}" for i in range(10_000)]
    header = HEADER.strip() + "," + ",".join(extra) + "\n"
    row = f"{SNAPSHOT},01,N01AX10,10,1" + "," * len(extra) + "\n"
    result = run("load", "stock", str(write_file("wide.csv", header + row)), "--db", str(small_db))
    assert result.exit_code == 0, result.output
    [warning] = [line for line in result.stderr.splitlines() if line.startswith("Warning")]
    assert len(warning) < 400 and warning.endswith("... and 9988 more")


def test_data_on_a_second_sheet_is_named_as_the_cause(small_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "two_sheets.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Läs mig"
    book.active["A1"] = "Lager per region; data på fliken Lager"
    data = book.create_sheet("Lager")
    data.append(["snapshot_date", "region", "substance_id", "quantity", "daily_consumption"])
    data.append([SNAPSHOT.isoformat(), "01", "N01AX10", 10, 1])
    book.save(path)
    result = run("load", "stock", str(path), "--db", str(small_db))
    assert result.exit_code == 2
    assert "only the first sheet ('Läs mig') is read" in result.stderr
    assert "'Lager'" in result.stderr and "one cell" not in result.stderr


def test_build_demo_waits_for_the_lock_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "demo.duckdb"
    monkeypatch.setattr(db, "LOCK_TIMEOUT_S", 0.1)
    with open(tmp_path / "demo.duckdb.lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        result = run("build-demo", "--db", str(path))
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {path}: another writer") and not path.exists()


def test_a_formula_without_a_saved_value_is_named_not_called_empty(
    small_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "formula.xlsx"
    book = openpyxl.Workbook()  # openpyxl saves formulas without their results, as scripts do
    book.active.append(["snapshot_date", "region", "substance_id", "quantity", "daily_consumption"])
    book.active.append([SNAPSHOT.isoformat(), "01", "N01AX10", "=5*2", 1])
    book.save(path)
    result = run("load", "stock", str(path), "--db", str(small_db))
    assert result.exit_code == 2
    assert "formula.xlsx, row 2, column quantity: got '=5*2'" in result.stderr
    assert "formula with no saved result" in result.stderr and "is empty" not in result.stderr
