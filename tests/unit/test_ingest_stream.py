"""The streamed CSV path (ingest/stream.py) against the cell-by-cell validator it replaces.

Both paths read the same file against the same database: the errors (file, row, column, value,
expected, in order) and the converted values must be the same, and a large refused file must
leave the database byte-identical.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest
from conftest import SNAPSHOT, query, sha256_of

from dash_beredskap import db
from dash_beredskap.ingest import stream
from dash_beredskap.ingest.errors import IngestError
from dash_beredskap.ingest.loader import load_file
from dash_beredskap.ingest.readers import read_table
from dash_beredskap.ingest.specs import DATASETS, STOCK
from dash_beredskap.ingest.validate import References, validate

CODES = [
    "01",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "09",
    "10",
    "12",
    "13",
    "14",
    "17",
    "18",
    "19",
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
]
HEADER = "snapshot_date;region;substance_id;quantity;daily_consumption;expiry_date\n"
# one row per way a cell can be written, right or wrong (';' file, so commas are decimals)
ROWS = [
    f"{SNAPSHOT};01;N01AX10;100;2;",
    f"{SNAPSHOT};99;N01AX10;1;1;",  # unknown region
    f"{SNAPSHOT};Jönköpings lä;N01AX10;1;1;",  # close to a name
    f"{SNAPSHOT};Region Jönköpings län;n01ax10;1 234,5;0;",  # valid spellings
    f"{SNAPSHOT};SE-F;N01AX99;1;1;",  # unknown substance
    f"{SNAPSHOT};3;N02AA01;-5;1;",  # negative
    f"{SNAPSHOT};04;N02AA01;12 st;1;",  # not a number
    f"{SNAPSHOT};05;N02AA01;1e999;1;",  # infinity
    f"{SNAPSHOT};06;N02AA01;1,5.0;1;",  # ambiguous separator
    f"{SNAPSHOT};07;N02AA01;\u22123;1;",  # unicode minus: negative
    f"{SNAPSHOT};08;N02AA01;1\u00a0234;+.5;",  # non-breaking space, '+.5'
    f"{SNAPSHOT};09;N02AA01;5.;1e3;2027-01-01",  # '5.', exponent, expiry
    f"{SNAPSHOT};10;N02AA01;\u0661\u0662;1;",  # Arabic-Indic digits (Python's \\d)
    f"{SNAPSHOT};12;N02AA01;;1;",  # empty required
    f"{SNAPSHOT};13;N02AA01;1;1;2026-02-30",  # bad expiry
    "2026-02-30;14;N02AA01;1;1;",  # bad date
    "01/10/2026;17;N02AA01;1;1;",  # day-first date
    "1989-12-31;18;N02AA01;1;1;",  # before MIN_DATE
    "2026-10-01 00:00:00;19;N02AA01;1;1;",  # Excel's midnight
    f"{SNAPSHOT};20;N02AA01;1;1;;extra",  # too many fields
    f"{SNAPSHOT};21;N02AA01;1",  # short row: empty consumption
    f"{SNAPSHOT};01;N01AX10;3;2;",  # duplicate of the first row
    f"{SNAPSHOT};1;n01ax10;4;2;",  # duplicate again, other spelling
    "",  # a blank line is no row
    f"{SNAPSHOT};22;N02AA01;0x10;1;",  # region 22 does not exist, hex number
    f"{SNAPSHOT};23;N02AA01; 7 ;inf;",  # 'inf'
    f"{SNAPSHOT};24;N02AA01;1_000;nan;",
    f"{SNAPSHOT};25;N02AA01;00012;1E-3;",
]


@pytest.fixture()
def con(small_db: Path, tmp_path: Path) -> duckdb.DuckDBPyConnection:
    copy = tmp_path / "copy.duckdb"
    db.copy_database(small_db, copy)
    connection = duckdb.connect(str(copy))
    yield connection
    connection.close()


def both_paths(con: duckdb.DuckDBPyConnection, path: Path, dataset: str = "stock"):
    """(errors of the cell-by-cell validator, errors of the streamed path, both sorted as the
    loader shows them), the old path's records, and the streamed path's typed rows."""
    spec = DATASETS[dataset]
    refs = References.from_db(con)
    old = validate(read_table(path), spec, refs)
    staged = stream.stage_csv(path, spec)
    stream.stage_rows(con, staged, spec)
    new = stream.check_staged(con, staged, spec, refs)
    names = [c.name for c in staged.present]
    typed = con.execute(
        "select " + ", ".join(f"v{i}" for i in range(len(names))) + " from typed where ok "
        "order by row"
    ).fetchall()
    records = [tuple(r[n] for n in names) for r in old.records]
    return IngestError(old.errors).errors, IngestError(new).errors, records, typed


def test_many_errors_give_the_validators_messages(con, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    old, new, records, typed = both_paths(con, path)
    assert len(old) >= 20  # the file really has many errors of many kinds
    assert {e.column for e in old} >= {"region", "substance_id", "quantity", "snapshot_date"}
    assert [str(e) for e in new] == [str(e) for e in old]
    assert new == old
    assert typed == records  # the rows without errors convert to the same values


def test_valid_spellings_convert_to_the_same_values(con, tmp_path: Path) -> None:
    numbers = ["0", "1", "1 234,5", "1\u00a0234.25", "+.5", "5.", "1e3", "1E-3", "00012",
               "123456789012345678901234567890", "0,1", "-0", "3.14159265358979323846"]  # fmt: skip
    rows = [
        f"{SNAPSHOT + timedelta(days=i)};{CODES[i]};N01AX10;{n};{numbers[-1 - i]};"
        for i, n in enumerate(numbers)
    ]
    path = tmp_path / "good.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="cp1252")
    old, new, records, typed = both_paths(con, path)
    assert old == new == []
    assert typed == records
    assert len(typed) == len(numbers)


def test_a_header_problem_is_refused_before_reading_rows(con, tmp_path: Path) -> None:
    path = tmp_path / "noregion.csv"
    path.write_text("snapshot_date;substance_id;quantity;daily_consumption\n", encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        stream.stage_csv(path, STOCK)
    assert caught.value.errors[0].column == "region"


def big_file(path: Path, n_rows: int, last: str | None = None) -> Path:
    """n_rows valid stock rows (days x regions x one substance), the last replaced by `last`."""
    lines = [HEADER]
    for i in range(n_rows):
        day = date(2030, 1, 1) + timedelta(days=i // 21)
        lines.append(f"{day};{CODES[i % 21]};N02AA01;{i % 997},5;{1 + i % 7};\n")
    if last is not None:
        lines[-1] = last + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_a_big_file_with_one_bad_cell_in_its_last_row_is_refused(
    small_db: Path, tmp_path: Path
) -> None:
    n = 50_000
    path = big_file(tmp_path / "big.csv", n, last="2031-01-01;06;N02AA01;7;sju;")
    before = sha256_of(small_db)
    with pytest.raises(IngestError) as caught:
        load_file(small_db, "stock", path)
    (error,) = caught.value.errors
    assert (error.row, error.column, error.value) == (n + 1, "daily_consumption", "sju")
    assert sha256_of(small_db) == before


def test_an_overlapping_file_upserts_by_key(small_db: Path, tmp_path: Path) -> None:
    first = big_file(tmp_path / "first.csv", 2_100)  # 100 days x 21 regions
    loaded = load_file(small_db, "stock", first)
    assert (loaded.n_rows, loaded.n_new, loaded.n_replaced) == (2_100, 2_100, 0)
    lines = first.read_text(encoding="utf-8").splitlines()
    # the last 50 days again with other figures, and 50 new days
    second_rows = [line.replace(";N02AA01;", ";N02AA01;9") for line in lines[1 + 1_050 :]]
    later = big_file(tmp_path / "later.csv", 3_150).read_text(encoding="utf-8").splitlines()
    second = tmp_path / "second.csv"
    second.write_text("\n".join([HEADER.strip(), *second_rows, *later[1 + 2_100 :]]) + "\n")
    result = load_file(small_db, "stock", second)
    assert (result.n_rows, result.n_new, result.n_replaced) == (2_100, 1_050, 1_050)
    stored = query(
        small_db,
        "select count(*), count(*) filter (quantity >= 9000) from stock_snapshots "
        "where substance_id = 'N02AA01' and snapshot_date >= DATE '2030-01-01'",
    )
    assert stored == [(3_150, sum(1 for r in second_rows if ";9" in r and float(
        r.split(";")[3].replace(",", ".")) >= 9000))]  # fmt: skip


_H = b"snapshot_date;region;substance_id;quantity;daily_consumption\n"
_R = b"2026-01-05;01;N01AX10;12,5;1\n"
# (file bytes, does DuckDB's reader take it?): every kind of line the two readers could differ on
READER_CASES = [
    (_H + _R * 3, True),
    (_H.replace(b"\n", b"\r\n") + _R.replace(b"\n", b"\r\n") * 2, True),
    (b"\xef\xbb\xbf" + _H + _R, True),
    (b"\n\nsep=;\n" + _H + _R, True),
    (_H + _R + _R.rstrip(b"\n"), True),  # no final line break
    (_H + _R + b"\n\n", True),  # blank lines at the end
    (_H + _R + b"\n\r\n", False),  # mixed line breaks: DuckDB's reader refuses them
    (_H + b" 2026-01-05 ;\t01\xc2\xa0;N01AX10 ; 12,5;1\n", True),  # spaces around cells
    (_H + b";;;;\n   ;  ;\n" + _R, True),  # rows with no text
    (_H + b'2026-01-05;"01";"N01;AX10";"1""2";1\n', True),  # quoted fields
    (_H + b'2026-01-05;01;N0"1;12,5;1\n', True),  # a quote inside a field
    (_H + b"2026-01-05;01;N01AX10;12,5;1;;\n", True),  # empty fields past the header
    (_H + b"2026-01-05;01\n", True),  # too few fields
    (_H.replace(b";", b",") + b'2026-01-05,01,N01AX10,"12,5",1\n', True),
    (_H.replace(b";", b"\t") + b"2026-01-05\t01\tN01AX10\t12,5\t1\n", True),
    (
        b"snapshot_date;region;;substance_id;quantity;daily_consumption\n"
        b"2026-01-05;01;;N01AX10;12,5;1\n2026-01-06;01;x;N01AX10;12,5;1\n",
        True,
    ),
    (_H + b"#2026-01-05;01;N01AX10;12,5;1\n", True),  # '#' is text, not a comment
    (_H + _R + b"\n" + _R, False),  # a blank line inside: row numbers would shift
    (_H + b'2026-01-05;01;"N01\nAX10";12,5;1\n' + _R, False),  # a line break in a field
    (_H + b'2026-01-05;01; "N01AX10" ;12,5;1\n', False),  # DuckDB strips spaces by quotes
    (_H + b'2026-01-05;01;"N01"AX10;12,5;1\n', False),
    (_H + b'2026-01-05;01;N01AX10;"12,5;1\n' + _R, False),  # a quote never closed
    (_H + b"2026-01-05;01;N01AX10;12,5;1;7\n", False),  # too many fields
    (_H + b"2026-01-05;01;N01AX10;12,5;1; \n", False),
    (_H + _R + b"2026-01-05;01;N01AX10;12,5;1\r" + _R, False),  # a lone CR ends a line
    (_H + b"2026-01-05;01;N\xe4AX10;12,5;1\n", False),  # Windows-1252
    (_H + _R * 3000 + b"2026-01-05;01;N\x00;12,5;1\n", False),  # NUL past the head
    (_H + b"2026-01-05;01;" + b"x" * 131072 + b";12,5;1\n", False),  # over csv's field limit
]


def _staged_rows(con: duckdb.DuckDBPyConnection, path: Path, duck: bool):
    """What a reader stages for `path`: rows, counts, witnesses and errors, or its refusal;
    None if DuckDB's reader is asked and declines."""
    staged = stream.stage_csv(path, STOCK)
    try:
        if not duck:
            staged.witnesses = stream._stage_python(con, staged)
        elif staged.duckdb:
            stream._stage_duckdb(con, staged)
        else:
            return None
    except IngestError as e:
        return [str(x) for x in e.errors]
    rows = con.execute("select * from staged order by row").fetchall()
    witnesses = [w[0] for w in staged.witnesses]
    return rows, staged.n_read, witnesses, [str(e) for e in staged.errors]


@pytest.mark.parametrize("case", range(len(READER_CASES)))
def test_duckdbs_reader_stages_as_the_python_reader_or_declines(con, tmp_path, case) -> None:
    data, taken = READER_CASES[case]
    path = tmp_path / "stock.csv"
    path.write_bytes(data)
    duck = _staged_rows(con, path, duck=True)
    python = _staged_rows(con, path, duck=False)
    assert (duck is not None) == taken
    if taken:
        assert duck == python
        assert duck[1] >= 1
        assert len(duck[0]) == duck[1]
