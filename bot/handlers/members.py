"""`members`: the admins' view of who Accord can reach in Teams."""

from bot.router import Context
from bot.services.delivery import reach_of
from bot.turn import Reply
from cards.members import MemberRow, reach_card
from storage.members import display_name, list_members


def reachability(ctx: Context) -> list[Reply]:
    """Every member with whether Accord can reach them and why not, unreachable first."""
    members = list_members(ctx.session)
    verdicts = reach_of(ctx.session, ctx.settings, members)
    rows = [MemberRow(display_name(m), m.email, m.role, bool(m.teams_id or m.aad_object_id),
                      verdicts[m.id].reachable, verdicts[m.id].reason) for m in members]
    remedies = sorted({verdicts[m.id].remedy for m in members if not verdicts[m.id].reachable})
    return [Reply(card=reach_card(rows, remedies))]
