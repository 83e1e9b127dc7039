"""Cells: pure conversions of one value."""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from typing import Any

from bot.imports.plan import Cell, Invalid
from bot.rules import registration as registration_numbers
from storage.models import Basis, Role

# --- cells: pure conversions of one value -----------------------------------------------------------------

LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
TOP_LABEL = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
EMAIL = re.compile(r"[^@\s,;<>()\"]+@([^@\s]+)")
GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_host(host: str) -> bool:
    """True if `host` looks like an internet domain (two labels or more, letters in the top one)."""
    try:
        ascii_host = host.encode("idna").decode("ascii")  # checks unicode names too, in their DNS form
    except UnicodeError:
        return False
    *labels, top = ascii_host.split(".")
    return bool(labels) and all(LABEL.fullmatch(x) for x in labels) and bool(TOP_LABEL.fullmatch(top))


def text(limit: int) -> Cell:
    """A plain value up to the column's size (longer would fail on PostgreSQL mid-import); empty is None."""

    def read(raw: str, _zone: tzinfo) -> str | None:
        if len(raw) > limit:
            raise Invalid(f"longer than {limit} characters")
        return raw or None

    return read


def email(raw: str, _zone: tzinfo) -> str | None:
    """An email address, lower case (members are matched case-insensitively); empty is None."""
    match = EMAIL.fullmatch(raw)
    if raw and (len(raw) > 320 or not match or not is_host(match[1].lower())):
        raise Invalid(f"not an email address: {raw!r}")
    return raw.lower() or None


def domain(raw: str) -> str:
    """A web or email domain as stored: lower case, no scheme, www, user, port or path."""
    host = SCHEME.sub("", raw.strip().lower())
    host = re.split(r"[/?#]", host, maxsplit=1)[0].rsplit("@", 1)[-1].split(":", 1)[0].rstrip(".")
    host = host.removeprefix("www.")
    if not is_host(host):
        raise Invalid(f"not a domain: {raw.strip()!r}")
    return host


def domains(raw: str, _zone: tzinfo) -> list[str]:
    """`;`-separated domains, normalised, without repeats; every bad one is named."""
    found, bad = [], []
    for part in filter(None, (p.strip() for p in raw.split(";"))):
        try:
            found.append(domain(part))
        except Invalid:
            bad.append(part)
    if bad:
        raise Invalid(f"not a domain: {', '.join(map(repr, bad))}")
    return list(dict.fromkeys(found))


def aliases(raw: str, _zone: tzinfo) -> list[str]:
    """`;`-separated names, without repeats (ignoring case)."""
    seen: dict[str, str] = {}
    for alias in filter(None, (p.strip() for p in raw.split(";"))):
        seen.setdefault(alias.lower(), alias)
    return list(seen.values())


def registration(raw: str, _zone: tzinfo) -> str | None:
    """A company registration number with valid check digits, stored compact; empty is None."""
    try:
        return registration_numbers.canonical(raw) if raw else None
    except ValueError as exc:
        raise Invalid(f"{exc}: {raw!r}") from None


def role(raw: str, _zone: tzinfo) -> str | None:
    """A Role value, or None for no role."""
    if raw and raw.lower() not in Role.__members__:
        raise Invalid(f"unknown role {raw!r}: use {', '.join(Role)} or leave it empty")
    return Role(raw.lower()).value if raw else None


def _basis_key(raw: str) -> str:
    return " ".join(re.split(r"[\s_-]+", raw.strip().lower()))


BASES = {_basis_key(b.value): b.value for b in Basis} | {"dna": Basis.do_not_approach.value}


def basis(raw: str, _zone: tzinfo) -> str:
    """A Basis value; 'active_quote', 'Do Not Approach' and 'DNA' are accepted too."""
    if _basis_key(raw) not in BASES:
        raise Invalid(f"unknown basis {raw!r}: use one of {', '.join(b.value for b in Basis)}")
    return BASES[_basis_key(raw)]


def when(raw: str, zone: tzinfo) -> datetime | None:
    """An ISO date or date-time as aware UTC; without an offset it is a time in the network's zone."""
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise Invalid(f"not an ISO date or date-time: {raw!r} (write 2025-03-01 or 2025-03-01T09:30)") from None
    return (value if value.tzinfo else value.replace(tzinfo=zone)).astimezone(UTC)


def guid(raw: str, _zone: tzinfo) -> str | None:
    """An Entra object id (a GUID), lower case as Teams sends it; empty is None."""
    if raw and not GUID.fullmatch(raw.lower()):
        raise Invalid(f"not an Entra object id (a GUID like 00000000-0000-0000-0000-000000000000): {raw!r}")
    return raw.lower() or None


def show(value: Any, zone: tzinfo) -> str:
    """A value as a cell: lists `;`-joined, times ISO in the network's zone, None empty."""
    if isinstance(value, datetime):
        return value.astimezone(zone).isoformat()  # full precision, so re-importing compares equal
    if isinstance(value, list):
        return ";".join(value)
    return "" if value is None else str(value)


# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection"): exported with a quote
# in front, which spreadsheets show as text, and which an import takes off again. A cell that starts with a quote
# gets another, so that taking one off gives back exactly what was exported.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def inert(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return QUOTE + cell if cell.startswith((*FORMULA_START, QUOTE)) else cell


def as_typed(cell: str) -> str:
    """The value an exported cell stands for: inert() undone; a cell as a person typed it is left as it is."""
    return cell[1:] if cell.startswith(QUOTE) and cell[1:].startswith((*FORMULA_START, QUOTE)) else cell
