"""Public suffixes (com.au, co.uk, gov.uk, github.io, ...): the part of a host no single organisation owns.

From the Public Suffix List as the publicsuffixlist package ships it (the package is released within days of each
change to the list and reads its bundled copy; nothing is downloaded at run time). Accord keeps its own rule for
Australian state government and education zones: the list names some (qld.gov.au) but not others (nsw.gov.au,
act.gov.au, nt.gov.au), yet every one of them is shared by many agencies, so health.nsw.gov.au and
education.nsw.gov.au are two clients, never one nsw.gov.au.
"""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList

from bot.rules.matching_words import STATE_ZONES

_LIST = PublicSuffixList()  # private suffixes too: x.github.io and y.github.io are two owners
_KNOWN_ONLY = PublicSuffixList(accept_unknown=False)


@lru_cache(maxsize=8192)
def registrable(host: str) -> str | None:
    """The part of a host its owner registered (mail.acme.com.au -> acme.com.au); None for a public suffix."""
    host = host.rstrip(".").lower()
    labels = host.split(".")
    if len(labels) >= 3 and ".".join(labels[-3:]) in STATE_ZONES:
        return ".".join(labels[-4:]) if len(labels) >= 4 else None
    return _LIST.privatesuffix(host)


def is_known_tld(label: str) -> bool:
    """True for a top-level domain the list knows (com, au, consulting, ntt), so "St.George" is not a host."""
    return _KNOWN_ONLY.publicsuffix(f"x.{label.lower()}") is not None
