"""Writing: the plan in bulk, a bounded batch at a time."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TextIO

from sqlmodel import Session

from bot.imports.plan import Plan, Step
from bot.imports.planning import ContactBook, _flag_record
from storage.batches import BATCH, chunks, insert_rows, update_rows
from storage.models import Contact, Flag, FlagChange
from storage.types import utcnow

if TYPE_CHECKING:  # annotations only: these modules import this one
    from bot.imports.kinds import Spec


# --- writing: the plan in bulk, a bounded batch at a time --------------------------------------------------


@dataclass(frozen=True)
class Writing:
    """What every batch of a plan's writes shares: the change source, the moment, the contacts made for it."""

    source: str
    now: datetime
    contacts: dict[str, int] = field(default_factory=dict)  # "new contact N" -> its id


@cache
def _defaults(model: type) -> tuple[tuple[str, Callable[[], Any] | None, Any], ...]:
    """Each column's default (a factory, else a value), read once: pydantic's get_default is slow per row."""
    return tuple((name, info.default_factory, info.default) for name, info in model.model_fields.items()
                 if name != "id")


def _new_row(model: type, fields: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Every column of a new row: the model's defaults, then the step's fields, stamped now."""
    row = {name: factory() if factory else default for name, factory, default in _defaults(model)}
    return row | {"created_at": now, "updated_at": now} | fields


def _changed_row(step: Step, now: datetime) -> dict[str, Any]:
    """The id and the fields that change (as storage.db.save writes them), stamped now."""
    return {"id": step.target, "updated_at": now} | {k: step.fields[k] for k in step.before}


def apply_records(model: type) -> Callable[[Session, list[Step], Writing], None]:
    """Create and update rows of `model` (clients, members) in bulk, as storage.db.save would one by one."""

    def apply(session: Session, steps: list[Step], writing: Writing) -> None:
        table = model.__table__
        insert_rows(session, table, [_new_row(model, s.fields, writing.now) for s in steps if s.action == "create"])
        update_rows(session, table, [_changed_row(s, writing.now) for s in steps if s.action == "update"])

    return apply


def apply_flags(session: Session, steps: list[Step], writing: Writing) -> None:
    """Create and update flags in bulk, each change kept with before and after as registry.put_flag keeps it."""
    created = [s for s in steps if s.action == "create"]
    rows = [_new_row(Flag, s.fields | {"source": writing.source, "contact_id": writing.contacts.get(s.contact,
                                                                                                    s.contact)},
                     writing.now) for s in created]
    identity = ("client_id", "holder_id", "basis", "contact_id")  # one line per identity: the plan checked
    made = {tuple(r[1:]): r[0] for r in insert_rows(session, Flag.__table__, rows, returning=("id", *identity))}
    changes = [_flag_change(made[tuple(row[k] for k in identity)], writing, None,
                            _flag_record(SimpleNamespace(**row))) for row in rows]
    updated = [s for s in steps if s.action == "update"]
    update_rows(session, Flag.__table__, [_changed_row(s, writing.now) for s in updated])
    changes += [_flag_change(s.target, writing, s.stored, s.stored | _flag_record(SimpleNamespace(**s.fields),
                                                                                  s.fields)) for s in updated]
    insert_rows(session, FlagChange.__table__, changes)


def _flag_change(flag_id: int, writing: Writing, before: dict | None, after: dict) -> dict[str, Any]:
    return {"flag_id": flag_id, "changed_by": None, "changed_at": writing.now, "source": writing.source,
            "before": before, "after": after}


def write_contacts(session: Session, book: ContactBook, now: datetime) -> dict[str, int]:
    """Create the contacts a flags file names for the first time, complete known ones; their ids by placeholder."""
    new = [(placeholder, {"client_id": client, "name": (name or "").strip(),
                          "email": email_.strip().lower() if email_ else None, "created_at": now})
           for placeholder, client, name, email_ in book.new()]
    # No two new contacts of a client share name and email: the book would have found the first for the second.
    made = {tuple(r[1:]): r[0] for r in insert_rows(session, Contact.__table__, [row for _, row in new],
                                                    returning=("id", "client_id", "name", "email"))}
    update_rows(session, Contact.__table__, [{"id": i, "name": (name or "").strip(),
                                              "email": email_.strip().lower() if email_ else None}
                                             for i, name, email_ in book.completed()])
    return {placeholder: made[row["client_id"], row["name"], row["email"]] for placeholder, row in new}


class Progress:
    """A one-line progress bar on stderr for long files on a terminal (rich is not a run-time dependency)."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None, *, at_least: int = 200) -> None:
        self.label, self.total, self.stream = label, total, stream or sys.stderr
        self.enabled = total >= at_least and self.stream.isatty()  # short files and pipes stay quiet
        self.shown_at = 0.0

    def show(self, done: int) -> None:
        """Redraw the bar, at most ten times a second."""
        if not self.enabled or (done < self.total and time.monotonic() - self.shown_at < 0.1):
            return
        self.shown_at = time.monotonic()
        filled = 30 * done // self.total
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {done}/{self.total}")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def apply_plan(session: Session, spec: Spec, plan: Plan, source: str, progress: Progress) -> None:
    """Write every create and update in bounded batches; the caller's single transaction makes it all or nothing."""
    now = utcnow()
    contacts = write_contacts(session, plan.book, now) if plan.book and spec.name == "flags" else {}
    writing, done = Writing(source, now, contacts), 0
    for batch in chunks((step for step in plan.steps if step.action != "unchanged"), BATCH):
        spec.apply(session, batch, writing)
        done += len(batch)
        progress.show(done)
    progress.close()
