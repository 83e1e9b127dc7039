"""Files: pure reading of bytes into typed rows."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from datetime import tzinfo
from typing import BinaryIO, Protocol, TextIO

from bot.imports.cells import as_typed
from bot.imports.plan import Cell, Invalid, Parsed, RowError, Values


class Layout(Protocol):
    """What reading a file needs of a kind: its columns (in file order) and the ones every line must fill."""

    @property
    def columns(self) -> dict[str, Cell]: ...

    @property
    def required(self) -> tuple[str, ...]: ...


# --- files: pure reading of bytes into typed rows ---------------------------------------------------------


def encoding_errors(stream: BinaryIO) -> list[RowError]:
    """One error per line that is not UTF-8, reading the file again from its start."""
    stream.seek(0)
    errors = []
    for number, raw in enumerate(stream, 1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            byte = f"byte 0x{raw[exc.start]:02x} at character {exc.start + 1}"
            errors.append(RowError(number, None, f"not UTF-8 text ({byte}): save the file as 'CSV UTF-8'"))
    return errors


def read_records(stream: TextIO, errors: list[RowError]) -> Iterator[tuple[int, list[str]]]:
    """CSV records with the line each starts on (quoted values may span lines); bad quoting stops the reading."""
    reader = csv.reader(stream, strict=True)
    start = 1
    try:
        for values in reader:
            yield start, values
            start = reader.line_num + 1
    except csv.Error as exc:
        errors.append(RowError(start, None, f"cannot read this CSV line: {exc}"))


def column_name(raw: str) -> str:
    """A header cell as a column name: 'External ID' and 'external-id' both mean external_id."""
    return re.sub(r"[\s-]+", "_", raw.strip().lower())


def read_header(spec: Layout, line: int, values: list[str]) -> tuple[list[str], list[RowError], list[RowError]]:
    """The column names, the header's errors (missing or repeated columns) and warnings (unknown ones)."""
    names = [column_name(v) for v in values]
    errors = [RowError(line, n, "appears twice in the header") for i, n in enumerate(names) if n and n in names[:i]]
    errors += [RowError(line, c, "required column is missing") for c in spec.required if c not in names]
    unknown = [n for n in dict.fromkeys(names) if n and n not in spec.columns]
    warnings = [RowError(line, n, "unknown column: ignored") for n in unknown]
    return names, errors, warnings


def read_row(spec: Layout, header: list[str], line: int, values: list[str], zone: tzinfo) -> Values | list[RowError]:
    """One line's cells converted, or every problem on it."""
    extra = values[len(header):]
    if len(values) < len(header) or any(v.strip() for v in extra):
        return [RowError(line, None, f"has {len(values)} values but the header has {len(header)} columns")]
    cells, errors = {}, []
    for name, raw in zip(header, values):
        if name not in spec.columns:
            continue
        raw = as_typed(raw.strip())
        if not raw and name in spec.required:
            errors.append(RowError(line, name, "empty: a value is required"))
            continue
        if "\x00" in raw:  # PostgreSQL cannot store it; report it here rather than fail the whole write
            errors.append(RowError(line, name, "contains a NUL character"))
            continue
        try:
            cells[name] = spec.columns[name](raw, zone)
        except Invalid as exc:
            errors.append(RowError(line, name, str(exc)))
    return errors or Values(line, cells)


class Reading:
    """A file read as a stream of typed rows (UTF-8, with or without BOM); errors and warnings gathered on the way.

    Only the line being read is held: a file of any size reads in the same memory.
    """

    def __init__(self, spec: Layout, stream: BinaryIO, zone: tzinfo) -> None:
        self.spec, self.stream, self.zone = spec, stream, zone
        self.errors: list[RowError] = []
        self.warnings: list[RowError] = []
        self.undecodable = False  # the file is not UTF-8: its rows mean nothing, only its encoding errors count

    def rows(self) -> Iterator[Values]:
        """The good rows in file order; bad cells, lines and headers become errors, unknown columns warnings."""
        if self.stream.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            self.errors = [RowError(1, None, "the file is UTF-16: save it as 'CSV UTF-8'")]
            return
        self.stream.seek(0)
        text_ = io.TextIOWrapper(self.stream, encoding="utf-8-sig", newline="")
        try:
            yield from self._rows(text_)
        except UnicodeDecodeError:
            self.undecodable = True
            self.errors, self.warnings = encoding_errors(self.stream), []
        finally:
            text_.detach()

    def _rows(self, text_: TextIO) -> Iterator[Values]:
        errors: list[RowError] = []
        records = ((line, values) for line, values in read_records(text_, errors)
                   if any(v.strip() for v in values))  # blank lines (Excel writes them) are skipped
        head = next(records, None)
        if head is None:
            columns = ",".join(self.spec.columns)
            self.errors += errors or [RowError(1, None, f"no header: the first line names the columns: {columns}")]
            return
        header, header_errors, self.warnings = read_header(self.spec, *head)
        if header_errors:
            for _ in records:  # the rest is still read, for its CSV errors
                pass
            self.errors += header_errors + errors
            return
        for line, values in records:
            result = read_row(self.spec, header, line, values, self.zone)
            if isinstance(result, list):
                self.errors.extend(result)
            else:
                yield result
        self.errors += errors


def parse_file(spec: Layout, data: bytes, zone: tzinfo) -> Parsed:
    """Decode and read a whole file held in memory; bad cells become errors, unknown columns warnings."""
    reading = Reading(spec, io.BytesIO(data), zone)
    rows = list(reading.rows())
    return Parsed([] if reading.undecodable else rows, reading.errors, reading.warnings)
