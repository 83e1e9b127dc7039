"""`members`: the admins' view of who Accord can reach in Teams."""

from bot.router import Context
from bot.services.delivery import reach_of
from bot.turn import Reply
from cards import verbs
from cards.members import MemberRow, reach_card
from storage.members import display_name, list_members, members_like

PICKER_RESULTS = 15


def reachability(ctx: Context) -> list[Reply]:
    """Every member with whether Accord can reach them and why not, unreachable first."""
    members = list_members(ctx.session)
    verdicts = reach_of(ctx.session, ctx.settings, members)
    rows = [MemberRow(display_name(m), m.email, m.role, bool(m.teams_id or m.aad_object_id),
                      verdicts[m.id].reachable, verdicts[m.id].reason) for m in members]
    remedies = sorted({verdicts[m.id].remedy for m in members if not verdicts[m.id].reachable})
    return [Reply(card=reach_card(rows, remedies))]


def picker_search(ctx: Context) -> list[Reply]:
    """A member picker's typeahead: members with a role whose name or email holds what was typed (members only)."""
    typed = str(ctx.turn.value.get("query") or "").strip()
    if ctx.turn.value.get("dataset") != verbs.MEMBERS_DATASET or not ctx.member.role or len(typed) < 1:
        return []
    return [Reply(text=name, choice=str(member_id)) for member_id, name in members_like(ctx.session, typed[:100],
                                                                                      PICKER_RESULTS)]
