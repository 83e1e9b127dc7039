"""Who sees what of a client's holders: the visibility table, one row per role and place."""

from datetime import UTC, datetime

import pytest

from bot.rules.access import Viewer
from bot.rules.ownership import FlagFact, may_see_contact, ownership

DANA, SAM, BO = 1, 2, 3
T0 = datetime(2025, 3, 1, tzinfo=UTC)
T1 = datetime(2026, 1, 15, tzinfo=UTC)

FACTS = [
    FlagFact(DANA, "Dana Partner", "past project", T0),
    FlagFact(DANA, "Dana Partner", "do-not-approach", T1, "John Doe", "john@clientcorp.example"),
    FlagFact(SAM, "Sam Partner", "declared relationship", T1, "Mia Chen", "mia@clientcorp.example"),
]


@pytest.mark.parametrize("viewer, dna_visible", [
    (Viewer(DANA, "partner"), True),            # the entry's owner
    (Viewer(SAM, "partner"), False),            # another partner: only "held by Dana"
    (Viewer(None, None), False),                # a member with no role yet
    (Viewer(BO, "bd"), True),
    (Viewer(BO, "director"), True),
    (Viewer(BO, "admin"), True),
    (Viewer(DANA, "partner", public=True), False),  # even the owner's own question, asked in a channel
    (Viewer(BO, "admin", public=True), False),
])
def test_do_not_approach_details_follow_the_visibility_table(viewer, dna_visible):
    assert may_see_contact(viewer, FACTS[1]) is dna_visible
    view = ownership(FACTS, viewer, partner_quotes_visible_to_bd=True)
    dna = next(c for c in view.contacts if c.basis == "do-not-approach")
    assert (dna.name == "John Doe") is dna_visible
    assert dna.holder_name == "Dana Partner"  # that the contact is held, and by whom, everyone may see


@pytest.mark.parametrize("viewer", [Viewer(SAM, "partner"), Viewer(BO, "bd"), Viewer(None, None),
                                    Viewer(DANA, "partner", public=True)])
def test_everyone_sees_every_holder_and_basis_category(viewer):
    view = ownership(FACTS, viewer, partner_quotes_visible_to_bd=True)
    assert [(h.name, h.bases) for h in view.holders] == [
        ("Sam Partner", ("declared relationship",)),
        ("Dana Partner", ("past project", "do-not-approach")),
    ]


@pytest.mark.parametrize("viewer, email_shown", [
    (Viewer(SAM, "partner"), True),    # the holder of the relationship
    (Viewer(DANA, "partner"), False),  # another partner sees the name of a non-DNA contact, not the address
    (Viewer(BO, "bd"), True),
    (Viewer(BO, "bd", public=True), False),
])
def test_contact_emails_are_for_the_holder_and_insiders(viewer, email_shown):
    view = ownership(FACTS, viewer, partner_quotes_visible_to_bd=True)
    mia = next(c for c in view.contacts if c.basis == "declared relationship")
    assert mia.name == "Mia Chen"
    assert (mia.email == "mia@clientcorp.example") is email_shown


def test_a_holder_is_listed_once_with_the_earliest_since():
    view = ownership(FACTS, Viewer(SAM, "partner"), partner_quotes_visible_to_bd=True)
    dana = next(h for h in view.holders if h.member_id == DANA)
    assert dana.since == T0


@pytest.mark.parametrize("viewer, holds", [(Viewer(DANA, "partner"), True), (Viewer(BO, "bd"), False),
                                           (Viewer(DANA, "partner", public=True), False)])
def test_the_answer_knows_when_the_asker_is_a_holder(viewer, holds):
    assert ownership(FACTS, viewer, partner_quotes_visible_to_bd=True).asker_holds is holds


def test_no_flags_means_no_holders():
    view = ownership([], Viewer(SAM, "partner"), partner_quotes_visible_to_bd=True)
    assert view.holders == () and view.contacts == ()


DI, ADA = 4, 5
QUOTING = [FlagFact(DANA, "Dana Partner", "active quote", T1),  # Dana's own quote (a partner's)
           FlagFact(BO, "Bo Business", "active quote", T1, partner_quote=False)]  # a quote BD started: public


@pytest.mark.parametrize("viewer, bd_sees, danas", [
    (Viewer(DANA, "partner"), False, "active quote"),  # the quote's owner
    (Viewer(SAM, "partner"), True, "current work"),  # another partner: held, not how
    (Viewer(None, None), True, "current work"),
    (Viewer(BO, "bd"), True, "active quote"),  # BD, while partners let BD see their quotes
    (Viewer(BO, "bd"), False, "current work"),
    (Viewer(DI, "director"), False, "active quote"), (Viewer(ADA, "admin"), False, "active quote"),
    (Viewer(DANA, "partner", public=True), True, "current work"),  # every public view, whoever asked
    (Viewer(DI, "director", public=True), True, "current work"),
])
def test_a_partners_quote_is_current_work_to_those_who_may_not_see_it(viewer, bd_sees, danas):
    view = ownership(QUOTING, viewer, partner_quotes_visible_to_bd=bd_sees)
    assert {h.name: h.bases for h in view.holders} == {"Dana Partner": (danas,), "Bo Business": ("active quote",)}
