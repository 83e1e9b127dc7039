"""Company registration numbers: ABN and ACN (Australia), NZBN (New Zealand), UK company numbers.

A registration number names one legal entity, so a valid one is decisive evidence and an invalid one is none: the
checksums are python-stdnum's (ABN, ACN; an NZBN is a GS1 number under the 94 prefix, checked as an EAN-13). UK
company numbers have no checksum, only a shape: eight digits, or two letters of a known register and six digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum import ean
from stdnum.au import abn, acn

# What people write before the number: "ABN 12 345 678 901", "Company No. 01234567", "Companies House: SC123456".
_LABEL = re.compile(r"^(?:(?P<label>abn|acn|arbn|nzbn|crn|uk\s+company|company|companies\s+house|registered|"
                    r"registration|reg)(?:\s+(?:number|no|num|registration))?\.?\s*[:#.]?\s*)?(?P<number>.*)$",
                    re.IGNORECASE | re.DOTALL)
# "A.B.N." and "N.Z.B.N." are the labels written with their stops.
_DOTTED_LABEL = re.compile(r"^(?:[a-z]\.){2,}[a-z]\.?(?=\s|:|#|\d|$)", re.IGNORECASE)
_DIGITS = re.compile(r"^\d[\d .\-]*\d$")
_UK_PREFIXES = "SC NI OC SO NC R0 IP SP IC SI NP NO NV RC SR ZC GE LP SL SE FC GS".split()
_UK = re.compile(rf"^(?:\d{{8}}|(?:{'|'.join(_UK_PREFIXES)})\d{{6}})$")
_BY_LABEL = {"abn": "abn", "acn": "acn", "arbn": "acn", "nzbn": "nzbn", "uk company": "gb", "company": "gb",
             "companies house": "gb", "crn": "gb"}


@dataclass(frozen=True, slots=True)
class Reading:
    """What a text says as a registration number: its key when valid, and whether it is one at all."""

    key: str | None  # "abn:48123123124", "acn:...", "nzbn:...", "gb:SC123456"; None when the checksum fails
    kind: str  # "abn" | "acn" | "nzbn" | "gb"


def read(text: str) -> Reading | None:
    """The registration number a text is (with or without its label), or None if it is not written as one."""
    found = _LABEL.match(_DOTTED_LABEL.sub(lambda m: m.group(0).replace(".", ""), text.strip()))
    if found is None:
        return None
    label = re.sub(r"\s+", " ", (found.group("label") or "").lower())
    number = found.group("number").strip()
    compact = number.upper().replace(" ", "")
    if _UK.match(compact) and label not in ("abn", "acn", "arbn", "nzbn"):
        return Reading(f"gb:{compact}", "gb")
    if not _DIGITS.match(number):
        return None
    digits = re.sub(r"\D", "", number)
    kind = _BY_LABEL.get(label) or {11: "abn", 9: "acn", 13: "nzbn"}.get(len(digits))
    if kind is None or kind == "gb":
        return None
    return Reading(f"{kind}:{digits}" if _valid(kind, digits) else None, kind)


def _valid(kind: str, digits: str) -> bool:
    if kind == "abn":
        return len(digits) == 11 and abn.is_valid(digits)
    if kind == "acn":
        return len(digits) == 9 and acn.is_valid(digits)
    return len(digits) == 13 and digits.startswith("94") and ean.is_valid(digits)


def canonical(text: str) -> str:
    """A valid number as stored: compact, without its label ("ABN 48 123 123 124" -> "48123123124")."""
    reading = read(text)
    if reading is None:
        raise ValueError("not an ABN, ACN, NZBN or UK company number")
    if reading.key is None:
        raise ValueError(f"not a valid {reading.kind.upper()}: its check digits are wrong")
    return reading.key.split(":", 1)[1]


def keys_of(value: str | None) -> tuple[str, ...]:
    """The keys a client's stored number is found by: an ABN that carries a company's ACN is found by both."""
    reading = read(value) if value else None
    if reading is None or reading.key is None:
        return ()
    if reading.kind == "abn" and acn.is_valid(reading.key[-9:]):
        return reading.key, f"acn:{reading.key[-9:]}"
    return (reading.key,)


# A labelled number inside a longer text: a signature's or a footer's "ABN 48 123 123 124", "Registered in England and
# Wales No. 01234567", "company no. SC123456".
_WITHIN = re.compile(r"\b(?P<label>a\.?b\.?n|a\.?c\.?n|arbn|nzbn|company\s+(?:no|number)|companies\s+house|"
                     r"registered\s+in\s+(?:england(?:\s+(?:and|&)\s+wales)?|wales|scotland|northern\s+ireland)"
                     r"(?:\s+(?:under\s+)?(?:company\s+)?(?:no|number))?)\.?\s*[:#.]?\s*"
                     r"(?P<number>[A-Z]{2}\d{6}\b|\d[\d .]{6,16}\d)", re.IGNORECASE)


def within(text: str) -> list[Reading]:
    """The valid registration numbers written, with their labels, inside a longer text."""
    found = []
    for hit in _WITHIN.finditer(text):
        label = hit.group("label").lower().replace(".", "")
        label = "company" if label.startswith(("registered", "company")) else label
        reading = read(f"{label} {hit.group('number')}")
        if reading is not None and reading.key is not None:
            found.append(reading)
    return found
