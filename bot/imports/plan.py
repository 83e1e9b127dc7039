"""What planning produces: errors, values, steps and the plan itself."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: these modules import this one
    from bot.imports.planning import ContactBook


Cell = Callable[[str, tzinfo], Any]
ROWS_PER_BATCH = 1000  # lines planned together: each batch reads only the rows of the database its lines name


# --- what planning produces -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """Why a line (and column) of a file cannot be imported; also used for warnings."""

    line: int
    column: str | None
    reason: str

    def render(self, file: str, note: str = "") -> str:
        """The `file:line: column: reason` form that editors and grep understand; note is e.g. 'warning: '."""
        where = f"{file}:{self.line}: {note}"
        return f"{where}{self.column}: {self.reason}" if self.column else f"{where}{self.reason}"


@dataclass(frozen=True)
class Values:
    """One data line, its cells converted; a column absent from the header is absent here (left as it is)."""

    line: int
    cells: dict[str, Any]


@dataclass(frozen=True)
class Step:
    """What one line does to one record: create it, update some fields, or nothing."""

    line: int
    action: str  # create | update | unchanged
    label: str
    fields: dict[str, Any]
    target: int | None = None  # the id of the record updated
    before: dict[str, Any] = field(default_factory=dict)  # old values of the fields that change
    contact: int | str | None = None  # flags: the contact's id, or "new contact N" for one the import creates
    stored: dict[str, Any] | None = None  # flags: the stored flag as its change log records it (before)


@dataclass(frozen=True)
class Plan:
    """Everything a valid file would do, in file order: every step, or (from a file) only those that change."""

    steps: Iterable[Step]
    warnings: list[RowError] = field(default_factory=list)
    new_contacts: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # lines per action
    book: ContactBook | None = None  # flags: the contacts the file creates or completes

    def count(self, action: str) -> int:
        """How many lines have this action."""
        return self.counts.get(action, 0)


@dataclass(frozen=True)
class Parsed:
    """A file read into typed rows, with the errors and warnings found on the way."""

    rows: list[Values]
    errors: list[RowError]
    warnings: list[RowError]


@dataclass(frozen=True)
class Context:
    """The clock and the network's time zone, passed in so planning stays pure."""

    now: datetime
    zone: tzinfo


class Invalid(ValueError):
    """A cell's value cannot be used; the message says why."""


class Refused(Exception):
    """A line cannot be planned; carries its errors."""

    def __init__(self, *errors: RowError) -> None:
        super().__init__(errors)
        self.errors = list(errors)
