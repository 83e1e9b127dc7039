"""Who hears first about an enquiry."""

from __future__ import annotations

from bot.rules.ownership import BASIS_ORDER, FlagFact

# An enquiry is about work: a live project or quote outranks a declared relationship or an old project.
FIRST_TO_HEAR = ("active project", "active quote", "declared relationship", "do-not-approach", "introduction",
                 "past project")


def first_holder(facts: list[FlagFact], person_email: str | None) -> FlagFact | None:
    """The holder to tell first: whoever covers the enquirer as a contact, else the strongest basis, oldest first."""
    if not facts:
        return None
    email = (person_email or "").strip().lower()
    covering = [f for f in facts if email and (f.contact_email or "").lower() == email]
    pool = covering or facts
    return min(pool, key=lambda f: (_rank(f.basis), f.since))


def _rank(basis: str) -> int:
    return FIRST_TO_HEAR.index(basis) if basis in FIRST_TO_HEAR else len(BASIS_ORDER)
