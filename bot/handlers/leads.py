"""Qualifying a lead: the "Qualify" inputs of an enquiry card or an introduction's card, saved over what it showed.

Two people qualifying the same lead at once: the first save is recorded; the second, whose card showed the older
version, is told who qualified it meanwhile and shown the card as it is now, and nothing of theirs is written (they
may qualify again, over the new version). Each save is kept in the change log (subject `lead`). A press Teams
delivers twice is answered twice the same, and saved once.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.handlers.enquiries import pressed_card
from bot.router import Context
from bot.rules.leads import grade, may_qualify
from bot.rules.referrals import next_moves
from bot.services import delivery
from bot.services.enquiries import update_channel_post
from bot.services.leads import qualify_from, shown as lead_shown
from bot.services.referrals import view_of as referral_view
from bot.turn import Reply
from cards.base import plain
from cards.referrals import qualified_text, recipient_card
from storage.enquiries import enquiry
from storage.leads import lead_of
from storage.members import display_name, member_by_id
from storage.models import Lead
from storage.referrals import referral
from storage.types import utcnow

NOTHING_SAVED = "Nothing was saved."


def qualify_enquiry(ctx: Context) -> list[Reply]:
    """Whoever responds to an enquiry records its BANT; the channel post shows the score."""
    row = enquiry(ctx.session, ctx.turn.number("enquiry_id"))
    if row is None:
        return [Reply(text="That enquiry is no longer on record.")]
    if row.state == "closed" and may_qualify(ctx.member.id, ctx.member.role, row.holder_id):
        return [Reply(text="That enquiry is closed; its qualification stays as it was.")]

    def saved(lead: Lead) -> None:
        update_channel_post(ctx.session, ctx.settings, row, f"lead:{lead.version}")

    return _qualify(ctx, "enquiry", row.id, row.holder_id, lambda: pressed_card(ctx, row), saved,
                    refusal="Only the holder or the BD team can qualify this enquiry.",
                    where="the channel post shows the score")


def qualify_referral(ctx: Context) -> list[Reply]:
    """The recipient of an introduction records its BANT; their card shows the score."""
    row = referral(ctx.session, ctx.turn.number("referral_id"))
    if row is None:
        return [Reply(text="That introduction is no longer on record.")]

    def drawn() -> Reply:  # the recipient's card as the referral handler draws it, with the lead
        lead = lead_shown(lead_of(ctx.session, "referral", row.id), ctx.viewer, row.recipient_id)
        return Reply(card=recipient_card(referral_view(ctx.session, row), next_moves(row.state), ctx.settings.zone,
                                         lead=lead))

    def saved(lead: Lead) -> None:  # the introducer hears of it: the score, not the budget
        text = qualified_text(referral_view(ctx.session, row), display_name(ctx.member), lead.score, grade(lead.score))
        delivery.to_member(ctx.session, ctx.settings, f"referral:{row.id}:lead:{lead.version}",
                           Reply(text=text).payload(), row.introducer_id, caused_by=ctx.member.id)

    return _qualify(ctx, "referral", row.id, row.recipient_id, drawn, saved,
                    refusal="Only the member introduced, or the BD team, can qualify this introduction.",
                    where="your card shows the score")


def _qualify(ctx: Context, subject: str, subject_id: int, responder_id: int | None, drawn: Callable[[], Reply],
             saved: Callable[[Lead], None], *, refusal: str, where: str) -> list[Reply]:
    """Check who presses, read and record the form, and answer with the card as it is now."""
    if not may_qualify(ctx.member.id, ctx.member.role, responder_id):
        return [Reply(text=refusal)]
    result = qualify_from(ctx.session, subject, subject_id, dict(ctx.turn.value), by=ctx.member.id, now=utcnow())
    if result.problems:
        return [Reply(text=f"{NOTHING_SAVED} " + " ".join(plain(p) for p in result.problems))]
    if result.row is None:
        return [drawn(), _stale(ctx, result.stale)]
    saved(result.row)
    return [drawn(), _saved(ctx, result.row, responder_id, where)]


def _stale(ctx: Context, now: Lead | None) -> Reply:
    if now is None:  # the card named a version that never existed
        return Reply(text=f"{NOTHING_SAVED} That card is out of date; qualify again from the card above.")
    by = member_by_id(ctx.session, now.qualified_by)
    who = "you" if now.qualified_by == ctx.member.id else plain(display_name(by)) if by else "someone else"
    return Reply(text=f"{NOTHING_SAVED} {who[0].upper()}{who[1:]} qualified it meanwhile (lead score {now.score}); "
                      "the card above shows that now. Qualify again if you disagree.")


def _saved(ctx: Context, row: Lead, responder_id: int | None, where: str) -> Reply:
    lead = lead_shown(row, ctx.viewer, responder_id)
    assert lead is not None
    return Reply(text=f"Qualified: lead score **{lead.score}/100** ({lead.grade}); {where}. "
                      f"{'; '.join(lead.reasons)}.")
