"""Read a CSV or XLSX file into rows of plain strings, as the user sees them.

Everything is read as text and converted later against the data set's spec, so a value is never
silently changed by a reader's type guessing (a region code '01' stays '01'). Swedish files come
from Excel: ';' as delimiter, decimal commas, Windows-1252 or UTF-8 with a BOM; all are accepted.
Row numbers are kept as the user sees them (header = row 1), because every error points there.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TextIO

import openpyxl
from openpyxl.utils import get_column_letter

from dash_beredskap.ingest.errors import FileError, IngestError

DELIMITERS = (";", "\t", ",")  # on a tie the first wins: ';' is what Swedish Excel writes
DELIMITER_NAMES = {";": "';' (semicolon)", ",": "',' (comma)", "\t": "tab"}
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls


@dataclass(frozen=True)
class RawTable:
    """A file's header and data rows, all cells stripped strings."""

    file_name: str
    header_row: int  # the row number of the header (1 unless a 'sep=' line comes first)
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as the user sees it, cells)
    file_format: str  # 'csv' or 'xlsx'
    delimiter: str | None = None  # CSV only
    encoding: str | None = None  # CSV only: 'utf-8', 'utf-8-sig' or 'cp1252'
    sheet_names: tuple[str, ...] = ()  # XLSX only: every sheet; only the first is read


def read_table(path: Path, data: bytes | None = None) -> RawTable:
    """Read `path` (or its bytes `data`, already read) as XLSX, by content, or as CSV."""
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    if data.startswith(_ZIP_MAGIC):
        return read_xlsx(path, data)
    if data.startswith(_OLE_MAGIC):
        raise _file_error(
            path,
            None,
            "a CSV or XLSX file; this is an old Excel 97-2003 .xls workbook: "
            "save it as .xlsx or as CSV",
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise _file_error(path, None, "an Excel workbook, but this .xlsx file is not one")
    return read_csv_bytes(data, path.name)


def _file_error(path: Path | str, value: str | None, expected: str) -> IngestError:
    return IngestError([FileError(Path(path).name, None, None, value, expected)])


def decode_text(data: bytes, file_name: str) -> tuple[str, str]:
    """The file's text and its encoding: strict UTF-8 (BOM or not) first, then Windows-1252."""
    _check_head(data, file_name)
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as e:
        raise _not_text(data, e, file_name) from None


def _check_head(data: bytes, file_name: str) -> None:
    """Refuse UTF-16 and binary files by their first bytes."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_like_utf16(data):
        raise _file_error(
            file_name,
            None,
            "UTF-8 or Windows-1252 text; this file is UTF-16 (Excel's "
            "'Unicode text'): save it as 'CSV UTF-8' or 'CSV (semicolon delimited)' instead",
        )
    if b"\x00" in data[:65536]:
        raise _file_error(file_name, None, "a CSV or XLSX file; this looks like a binary file")


def _not_text(
    data: bytes, e: UnicodeDecodeError, file_name: str, lines_before: int = 0
) -> IngestError:
    """The error for a byte that is neither UTF-8 nor Windows-1252, with its line."""
    line = lines_before + data[: e.start].count(b"\n") + 1
    return IngestError(
        [
            FileError(
                file_name,
                line,
                None,
                f"byte 0x{data[e.start]:02x}",
                "UTF-8 or Windows-1252 text; this byte is neither (is the file UTF-16, "
                "Mac Roman or binary?): save it as 'CSV UTF-8'",
            )
        ]
    )


_CHUNK = 1 << 20


@dataclass(frozen=True)
class TextScan:
    """What one pass over a text file's bytes tells: its encoding and SHA-256, and the line
    facts the streamed loader needs to trust DuckDB's CSV reader to read it as CsvStream does."""

    encoding: str  # 'utf-8', 'utf-8-sig' or 'cp1252', as decode_text decides
    sha256: str
    n_lines: int  # lines as Python counts them (\n, \r\n or \r ends one)
    n_trailing_blank: int  # empty lines at the end of the file
    plain: bool  # no lone \r, no NUL, no space or tab beside a quote (DuckDB reads those its way)


_BESIDE_QUOTE = re.compile(rb'[ \t]"|"[ \t]')


def _beside_quote(last: bytes, chunk: bytes) -> bool:
    """A space or tab beside a quote in `chunk` (or across from the previous chunk's `last`)."""
    if b'"' not in chunk and last != b'"':
        return False
    return bool(_BESIDE_QUOTE.search(chunk) or _BESIDE_QUOTE.match(last + chunk[:1]))


def scan_text_file(path: Path) -> TextScan:
    """Scan a text file in chunks: encoding decided as decode_text decides, and line facts.

    The streamed loader opens the file with this encoding instead of holding its text.
    """
    with open(path, "rb") as f:
        head = f.read(65536)
    _check_head(head, path.name)
    digest = hashlib.sha256()
    utf8 = codecs.getincrementaldecoder("utf-8")("strict")
    is_utf8 = plain = True
    n_lf = n_cr = n_crlf = trailing = 0
    last = b""
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
            if is_utf8:
                try:
                    utf8.decode(chunk)
                except UnicodeDecodeError:
                    is_utf8 = False
            n_lf += chunk.count(b"\n")
            n_cr += chunk.count(b"\r")
            n_crlf += chunk.count(b"\r\n") + (last == b"\r" and chunk[:1] == b"\n")
            if plain and (b"\x00" in chunk or _beside_quote(last, chunk)):
                plain = False
            content = chunk.rstrip(b"\r\n")
            ends = chunk[len(content) :].count(b"\n")
            trailing = ends if content else trailing + ends
            last = chunk[-1:]
    if is_utf8:
        try:
            utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            is_utf8 = False
    n_lines = n_lf + (n_cr - n_crlf) + (last not in (b"", b"\n", b"\r"))
    facts = (n_lines, max(0, trailing - 1), plain and n_cr == n_crlf)
    if is_utf8:
        encoding = "utf-8-sig" if head.startswith(b"\xef\xbb\xbf") else "utf-8"
        return TextScan(encoding, digest.hexdigest(), *facts)
    lines_before = 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            try:
                chunk.decode("cp1252")
            except UnicodeDecodeError as e:
                raise _not_text(chunk, e, path.name, lines_before) from None
            lines_before += chunk.count(b"\n")
    return TextScan("cp1252", digest.hexdigest(), *facts)


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: ASCII text with a NUL in every other byte."""
    head = data[:4096]
    if len(head) < 4:
        return False
    n_even = head[0::2].count(0)
    n_odd = head[1::2].count(0)
    half = len(head) // 2
    return max(n_even, n_odd) > 0.4 * half and min(n_even, n_odd) < 0.1 * half


def detect_delimiter(header_line: str) -> str:
    """The delimiter that occurs most often in the header line outside quotes (';' on a tie)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    in_quotes = False
    for ch in header_line:
        if ch == '"':
            in_quotes = not in_quotes
        elif not in_quotes and ch in counts:
            counts[ch] += 1
    return max(DELIMITERS, key=lambda d: counts[d])  # max keeps the first of equals


def read_csv_bytes(data: bytes, file_name: str) -> RawTable:
    """Parse delimited text; honours Excel's 'sep=;' first line."""
    text, encoding = decode_text(data, file_name)
    stream = CsvStream(file_name, encoding, lambda: io.StringIO(text, newline=""))
    with stream:
        rows = list(stream.rows())
    return stream.table(rows)


class CsvStream:
    """A CSV file's rows one at a time, with the reading rules of read_csv_bytes.

    The loader's streamed path reads a large file through this without holding it, or a list
    of its rows, in memory; read_csv_bytes lists the same rows, so both paths read alike.
    `open_text` opens the text (newline=""), once for the rows and again only to explain a
    quote that is never closed.
    """

    def __init__(self, file_name: str, encoding: str, open_text: Callable[[], TextIO]) -> None:
        self.file_name, self.encoding, self.open_text = file_name, encoding, open_text
        self.header: list[str] = []
        self.header_row = 0
        self._file = open_text()
        first_lines: list[str] = []
        for line in self._file:
            first_lines.append(line)
            if line.strip():
                break
        nonblank = [line for line in first_lines if line.strip()]
        if not nonblank:
            raise _file_error(file_name, None, "a header row; the file is empty")
        self.skip = len(first_lines) - 1
        head = nonblank[0].strip()
        self.delimiter: str | None = None
        if head.lower().startswith("sep=") and len(head) == 5:
            self.delimiter = head[4]
            self.skip += 1
        if self.delimiter is None:
            self.delimiter = detect_delimiter(nonblank[0])
        self._file.seek(0)
        self._rows = self._read()
        for row_number, cells in self._rows:  # the header: the first row with text
            self.header, self.header_row = cells, row_number
            break
        if not self.header_row:
            raise _file_error(file_name, None, "a header row; the file has no text")

    def __enter__(self) -> CsvStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def _read(self) -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(self._file, delimiter=self.delimiter or ";")
        line_before = 0
        last_row = 0
        try:
            for record in reader:
                row_number = line_before + 1
                line_before = reader.line_num
                if row_number <= self.skip:
                    continue
                cells = [cell.strip() for cell in record]
                if any(cells):
                    last_row = row_number
                    last_cells = cells
                    yield row_number, cells
        except csv.Error as e:
            raise IngestError(
                [FileError(self.file_name, line_before + 1, None, None, f"well-formed CSV ({e})")]
            ) from None
        if last_row and last_row > self.header_row and line_before > last_row:
            with self.open_text() as f:
                tail = "".join(itertools.islice(f, last_row - 1, None))
            if _ends_in_open_quote(tail, self.delimiter or ";"):
                raise _unclosed_quote(
                    self.file_name, self.header, last_row, last_cells, last_line=line_before
                )

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """The data rows after the header: (row number as the user sees it, stripped cells)."""
        return self._rows

    def table(self, rows: list[tuple[int, list[str]]]) -> RawTable:
        """A RawTable of this file with `rows` (all of them, or a part the caller chose)."""
        return RawTable(
            self.file_name, self.header_row, self.header, rows, "csv", self.delimiter,
            self.encoding,
        )  # fmt: skip


def _ends_in_open_quote(tail: str, delimiter: str) -> bool:
    """Does the record starting at `tail` (the file from its line on) run to the end in a quote?

    The lenient reader takes such a quote as a value holding every line after it, so a file
    would load with rows silently missing; the strict reader says "unexpected end of data".
    """
    if '"' not in tail:
        return False
    try:
        for _ in csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as e:
        return "unexpected end of data" in str(e)
    return False


def _unclosed_quote(
    file_name: str, header: list[str], row: int, cells: list[str], last_line: int
) -> IngestError:
    index = len(cells) - 1
    column = header[index] if index < len(header) else None
    swallowed = last_line - row
    return IngestError(
        [
            FileError(
                file_name,
                row,
                column,
                cells[index],
                f'a closing quote ("): the quote opened in this cell is never closed, so the '
                f"{swallowed} line(s) after it would be read as part of this cell and not as "
                "rows. Close the quote or remove it",
            )
        ]
    )


def excel_cell_text(value: object) -> str:
    """An XLSX cell as the text a user would type: dates ISO, whole floats without '.0'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


MAX_XLSX_COLUMNS = 1000  # no data set has near this many; more is a stray cell far away


def _refuse_far_cells(path: Path, row_number: int, values: tuple[object, ...]) -> None:
    """Refuse a row with a value beyond MAX_XLSX_COLUMNS, naming the cell to delete."""
    far = [i for i, v in enumerate(values[MAX_XLSX_COLUMNS:], MAX_XLSX_COLUMNS) if v is not None]
    if not far:
        return
    cell = f"{get_column_letter(far[-1] + 1)}{row_number}"
    raise IngestError(
        [
            FileError(
                path.name,
                row_number,
                None,
                f"a value in cell {cell}",
                f"a table within the first {MAX_XLSX_COLUMNS} columns: delete the cells to the "
                f"right of your table (in Excel select columns after it up to {cell} and "
                "delete them), then save again",
            )
        ]
    )


def xlsx_formulas(data: bytes, cells: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The formulas in `cells` ((row, 0-based column) of the first sheet) that have one.

    The loader reads saved results (data_only); a formula that was never calculated (a file
    written by a program, not by Excel) then reads as empty, and the user must be told why.
    """
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        by_row: dict[int, list[int]] = {}
        for row, col in cells:
            by_row.setdefault(row, []).append(col)
        found = {}
        rows = sheet.iter_rows(max_row=max(by_row), values_only=True)
        for row_number, values in enumerate(rows, 1):
            for col in by_row.get(row_number, ()):
                value = values[col] if col < len(values) else None
                if isinstance(value, str) and value.startswith("="):
                    found[(row_number, col)] = value
        return found
    finally:
        workbook.close()


def read_xlsx(path: Path, data: bytes | None = None) -> RawTable:
    """The first sheet of a workbook; the first non-empty row is the header."""
    path = Path(path)
    source = io.BytesIO(data) if data is not None else path
    try:
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise _file_error(path, None, f"a readable XLSX workbook ({e})") from None
    try:
        sheet = workbook.worksheets[0]
        sheet_names = tuple(workbook.sheetnames)
        # the stated dimension may run to XFD1048576 for one stray cell; read what exists
        sheet.reset_dimensions()
        header: list[str] | None = None
        header_row = 0
        rows: list[tuple[int, list[str]]] = []
        for row_number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            if len(values) > MAX_XLSX_COLUMNS:
                _refuse_far_cells(path, row_number, values)
            cells = [excel_cell_text(v) for v in values]
            if not any(cells):
                continue
            if header is None:
                header, header_row = cells, row_number
            else:
                rows.append((row_number, cells))
    finally:
        workbook.close()
    if header is None:
        raise _file_error(path, None, "a header row on the first sheet; the sheet is empty")
    while header and not header[-1]:
        header.pop()
    return RawTable(path.name, header_row, header, rows, "xlsx", sheet_names=sheet_names)
