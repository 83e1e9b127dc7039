"""The command and verb table: every chat command and card verb, and the handler it goes to."""

from bot.handlers import (
    approach_requests,
    approaches,
    conversation,
    digest,
    disputes,
    dna,
    enquiries,
    fees,
    handoff,
    help,
    history,
    installation,
    leads,
    members,
    partner_channel,
    quotes,
    referrals,
    relationships,
    scorecard,
    who_owns,
)
from bot.router import ANYONE, Command, Router, Verb
from bot.rules import phrasings as intents
from bot.rules.access import ADMINS, BD, DIRECTORS, INSIDERS, MEMBERS, OVERSEERS, PARTNERS
from bot.rules.understanding import CHAT, OFFER, UNKNOWN
from cards import verbs
from cards.help import ADMIN, APPROACHES, DISPUTES, ENQUIRIES, QUOTES, REFERRALS, WHO

PERSONAL = frozenset({"personal"})  # the entries' contact details are for their owner

COMMANDS = [
    Command("help", "Show what you can do with Accord.", intents.HELP, help.show_help,
            example="help"),
    Command(
        "who owns CLIENT",
        "Who holds a client and on what basis; also: who knows PERSON at CLIENT, owner of DOMAIN.",
        intents.WHO_OWNS,
        who_owns.ask,
        group=WHO,
        example="who owns Acme",
    ),
    Command("history CLIENT", "Every change to a client's flags, quotes, approaches, fees, referrals and disputes that "
            "you may see, newest first.", intents.HISTORY, history.show, group=WHO, example="history Acme"),
    Command("dna add NAME <EMAIL> at CLIENT", "Put a client contact of yours on your do-not-approach list.",
            intents.DNA_ADD, dna.add, roles=PARTNERS, scopes=PERSONAL, effect=True, group=APPROACHES,
            example="dna add Jane Roe <jane@acme.com> at Acme"),
    Command("dna list", "Your do-not-approach entries, numbered.", intents.DNA_LIST, dna.listing, roles=PARTNERS,
            scopes=PERSONAL,
            group=APPROACHES, example="dna list"),
    Command("dna remove N", "Take entry N off your do-not-approach list.", intents.DNA_REMOVE,
            dna.remove, roles=PARTNERS, scopes=PERSONAL, effect=True,
            group=APPROACHES, example="dna remove 2"),
    Command("dna form", "Add many do-not-approach entries at once, one per line (a form; also: dna add).",
            intents.DNA_FORM, dna.add_form, roles=PARTNERS, scopes=PERSONAL,
            group=APPROACHES, example="dna form"),
    Command("enquiries", "Inbound enquiries of the last 14 days and where they went.",
            intents.ENQUIRIES, enquiries.recent,
            group=ENQUIRIES, example="enquiries"),
    Command("enquiries by score", "The last 14 days' enquiries, the highest lead score (BANT) first.",
            intents.ENQUIRIES_BY_SCORE, enquiries.by_score,
            group=ENQUIRIES, example="enquiries by score"),
    Command("log enquiry", "Log a phone call or walk-in as an enquiry (a form).",
            intents.LOG_ENQUIRY, enquiries.log_form_reply, roles=INSIDERS,
            group=ENQUIRIES, example="log enquiry"),
    Command(
        "set partner channel",
        "Make this channel the one where Accord posts enquiries, approaches and the digest.",
        intents.PARTNER_CHANNEL,
        partner_channel.set_partner_channel,
        roles=ADMINS,
        scopes=frozenset({"channel"}),
        effect=True,
        group=ADMIN,
        example="set partner channel",
    ),
    # --- approaches ---
    Command("approach CLIENT [note]", "Plan a BD approach; Accord checks who holds the client before anything is "
            "recorded (also: approach NAME <EMAIL> at CLIENT: note; approach alone for a form).",
            intents.APPROACH, approaches.start,
            roles=INSIDERS, scopes=PERSONAL, effect=True, group=APPROACHES,
            example="approach Acme: renewal of the panel"),
    Command("ask BD to approach CLIENT [: note]", "Ask BD to approach (or upsell) a client you hold, on your "
            "behalf: work won from it is yours.", intents.ASK_BD, approach_requests.ask,
            roles=PARTNERS, scopes=PERSONAL, effect=True, group=APPROACHES,
            example="ask BD to approach Acme: upsell coaching"),
    Command("my approaches", "Your approaches, with buttons to mark them active, won or dropped.",
            intents.MY_APPROACHES, approaches.mine, roles=INSIDERS,
            group=APPROACHES, example="my approaches"),
    Command("approaches", "Every planned and active BD approach, newest first.",
            intents.APPROACHES, approaches.everyone,
            group=APPROACHES, example="approaches"),
    # --- digest ---
    Command("digest now", "Post this period's digest so far to the partner channel; the scheduled one still follows.",
            intents.DIGEST_NOW, digest.post_now, roles=ADMINS, effect=True,
            group=ADMIN, example="digest now"),
    Command("digest", "The transparency digest of this fortnight so far, as you may see it.",
            intents.DIGEST, digest.show, scopes=PERSONAL,
            group=APPROACHES, example="digest"),
    # --- quotes ---
    Command("quote CLIENT VALUE [tender]",
            "Record a quote or tender of yours; earlier quote owners hear of the overlap.",
            intents.QUOTE, quotes.record, roles=MEMBERS,
            scopes=PERSONAL, effect=True,
            group=QUOTES, example="quote Acme 45000"),
    Command("quotes", "Your quotes; BD, directors and admins also see the open quotes of others they may see.",
            intents.QUOTES, quotes.listing, roles=MEMBERS, scopes=PERSONAL,
            group=QUOTES, example="quotes"),
    # --- referral fees ---
    Command("fees", "Everyone's referral fees and fee honour, recent and all time; fees @MEMBER or fees CLIENT: all "
            "their fee lines.",
            intents.FEES, fees.history,
            group=QUOTES, example="fees"),
    Command("scorecard", "Your allocation scorecard for the last 90 days (SCORECARD_DAYS): each part's points and "
            "why, and where the network stands (anonymous).", intents.SCORECARD, scorecard.show, roles=MEMBERS,
            scopes=PERSONAL, group=QUOTES, example="scorecard"),
    # --- referrals ---
    Command("refer NAME at CLIENT to @MEMBER [note]", "Introduce a client contact to a member (or: to EMAIL); you "
            "hear of each update.", intents.REFER, referrals.refer, roles=MEMBERS, effect=True,
            group=REFERRALS, example="refer Jane Roe at Acme to @Sam"),
    Command("referral N update: TEXT", "Add a short update to a referral of yours; the other member is told.",
            intents.REFERRAL_UPDATE, referrals.add_update, roles=MEMBERS, scopes=PERSONAL, effect=True,
            group=REFERRALS, example="referral 12 update: sent the proposal"),
    Command("referrals", "Your introductions made and received, with where each stands.",
            intents.REFERRALS, referrals.listing,
            group=REFERRALS, example="referrals"),
    # --- relationships and warm introductions ---
    Command("I know NAME <EMAIL> at CLIENT[, ROLE][, HOW]", "Declare a relationship of yours: coverage, not a claim "
            "(role: decision maker, influencer, procurement, user; how: worked together, former colleague, "
            "introduced).", intents.RELATIONSHIP_DECLARE, relationships.declare, roles=MEMBERS, scopes=PERSONAL,
            effect=True, group=REFERRALS, example="I know Jane Roe at Acme, decision maker"),
    Command("relationships form", "Declare many relationships at once, one per line (a form).",
            intents.RELATIONSHIP_FORM, relationships.declare_form, roles=MEMBERS, scopes=PERSONAL,
            group=REFERRALS, example="relationships form"),
    Command("my relationships", "Your declared relationships with their strength; re-confirm or end each.",
            intents.RELATIONSHIPS, relationships.listing, roles=MEMBERS, scopes=PERSONAL,
            group=REFERRALS, example="my relationships"),
    Command("who can introduce me to CLIENT", "Members ranked by the strength of their relationship with a client "
            "(or: to NAME at CLIENT), with a button to ask one for an introduction.", intents.INTRODUCERS,
            relationships.introducers, roles=MEMBERS, group=REFERRALS, example="who can introduce me to Acme"),
    # --- disputes ---
    Command("dispute", "Raise a dispute about a client relationship (a form; private to the parties and directors).",
            intents.DISPUTE, disputes.form, roles=MEMBERS,
            scopes=PERSONAL,
            group=DISPUTES, example="dispute"),
    Command("disputes", "Your disputes with their timeline, and published outcomes; directors: the open ones.",
            intents.DISPUTES, disputes.listing, roles=MEMBERS,
            group=DISPUTES, example="disputes"),
    Command("dispute N", "One dispute with its timeline, if you may see it.", intents.DISPUTE_SHOW,
            disputes.show, roles=MEMBERS,
            group=DISPUTES, example="dispute 12"),
    Command("publish dispute N", "Publish a resolved dispute's outcome to the partner channel (its coordinator).",
            intents.DISPUTE_PUBLISH, disputes.publish,
            roles=OVERSEERS, scopes=PERSONAL, effect=True,
            group=DISPUTES, example="publish dispute 12"),
    Command("sanction EMAIL until DATE [TEXT]", "Record a sanction on a member, e.g. no BD-won work allocated.",
            intents.SANCTION, disputes.sanction_command, roles=DIRECTORS,
            scopes=PERSONAL, effect=True,
            group=DISPUTES, example="sanction sam@example.com until 2026-06-30"),
    # --- the won-client handoff ---
    Command("handoffs", "Open handoffs of won clients and what is overdue (BD, directors, admins: all; you: yours).",
            intents.HANDOFFS, handoff.listing, roles=MEMBERS, scopes=PERSONAL,
            group=QUOTES, example="handoffs"),
    Command("update CLIENT: TEXT", "An onboarding update from the delivery lead, for the deal owner and the "
            "client's holders.", intents.HANDOFF_UPDATE, handoff.update, roles=MEMBERS, effect=True,
            group=QUOTES, example="update Acme: kickoff booked, team confirmed"),
    Command("won CLIENT", "Mark your open quote for a client won (as the platform would); the handoff starts.",
            intents.QUOTE_WON, handoff.won, roles=MEMBERS, scopes=PERSONAL, effect=True,
            group=QUOTES, example="won Acme"),
    Command("nps", "Satisfaction and NPS results by client, as you may see them.",
            intents.NPS, handoff.nps_listing, roles=MEMBERS, scopes=PERSONAL,
            group=QUOTES, example="nps"),
    Command("nps CLIENT SCORE [comment]", "Record a client's NPS score (0 to 10) and a comment, as the delivery lead.",
            intents.NPS_RECORD, handoff.nps_record, roles=MEMBERS, scopes=PERSONAL, effect=True,
            group=QUOTES, example="nps Acme 9 great kickoff"),
    Command("members", "Who Accord can reach in Teams, who it cannot yet, and why.",
            intents.MEMBERS, members.reachability, roles=ADMINS, scopes=PERSONAL,
            group=ADMIN, example="members"),
    Command("member NAME|EMAIL", "A member's role, firm and any sanctions in force.", intents.MEMBER,
            disputes.member_record, roles=INSIDERS, scopes=PERSONAL,
            group=DISPUTES, example="member sam@example.com"),
]

# Who may press each button, and where; rows a handler must check itself (only this holder, the dispute's
# coordinator, the fee's payer) stay in the handler, after these.
VERBS = {
    verbs.HELP: Verb(help.show_help, ANYONE),
    verbs.COMMAND_RUN: Verb(conversation.run_pressed, ANYONE),
    verbs.HELP_RUN: Verb(help.run, ANYONE),
    verbs.HELP_TRY: Verb(help.try_form, ANYONE),
    verbs.WHO_OWNS_REFRESH: Verb(who_owns.refresh, ANYONE),
    verbs.WHO_OWNS_PICK: Verb(who_owns.pick, ANYONE),
    verbs.WHO_OWNS_NOT_THIS: Verb(who_owns.not_this, MEMBERS, refusal=who_owns.NO_ROLE),
    verbs.WHO_OWNS_ALIAS: Verb(who_owns.alias, MEMBERS, refusal=who_owns.NO_ROLE),
    verbs.NOTIFY_HOLDER: Verb(who_owns.notify_holder, ANYONE),
    verbs.ENQUIRY_RESPOND: Verb(enquiries.respond, ANYONE),
    verbs.ENQUIRY_PASS_TO_BD: Verb(enquiries.pass_to_bd, ANYONE),
    verbs.ENQUIRY_NOT_MINE: Verb(enquiries.not_mine, ANYONE),
    verbs.ENQUIRY_LOG: Verb(enquiries.log_submitted, INSIDERS, refusal=enquiries.INSIDERS_ONLY),
    verbs.ENQUIRY_CLOSE: Verb(enquiries.close, ANYONE),
    verbs.ENQUIRY_QUALIFY: Verb(leads.qualify_enquiry, ANYONE, effect=True),  # the handler checks: the holder or BD
    verbs.REFERRAL_QUALIFY: Verb(leads.qualify_referral, ANYONE, effect=True),  # handler checks: the recipient or BD
    # --- approaches ---
    verbs.DNA_ADD_MANY: Verb(dna.add_many, PARTNERS, PERSONAL, refusal=dna.PARTNERS_ONLY),
    verbs.DNA_REMOVE: Verb(dna.remove_pressed, PARTNERS, PERSONAL, refusal=dna.PARTNERS_ONLY),
    verbs.APPROACH_RECORD: Verb(approaches.form_submitted, INSIDERS, refusal=approaches.INSIDERS_ONLY),
    verbs.APPROACH_CANCEL: Verb(approaches.cancel, ANYONE),
    verbs.APPROACH_ASK_HOLDER: Verb(approaches.ask_holder, INSIDERS, refusal=approaches.INSIDERS_ONLY),
    verbs.APPROACH_AGREE: Verb(approaches.agree, ANYONE),
    verbs.APPROACH_LEAD: Verb(approaches.lead, ANYONE),
    verbs.APPROACH_DECLINE: Verb(approaches.decline, ANYONE),
    verbs.APPROACH_STATE: Verb(approaches.change_state, ANYONE),
    verbs.REQUEST_ACCEPT: Verb(approach_requests.accept, BD, PERSONAL, refusal=approach_requests.BD_ONLY),
    verbs.REQUEST_DECLINE: Verb(approach_requests.decline, BD, PERSONAL, refusal=approach_requests.BD_ONLY),
    # --- referral fees ---
    verbs.FEE_PROPOSE: Verb(fees.propose, ANYONE),
    verbs.FEE_NO_FEE: Verb(fees.no_fee, ANYONE),
    verbs.FEE_ACCEPT: Verb(fees.accept, ANYONE),
    verbs.FEE_DECLINE: Verb(fees.decline, ANYONE),
    verbs.FEE_ADVANCE: Verb(fees.advance, ANYONE),
    # --- referrals ---
    verbs.REFERRAL_ACK: Verb(referrals.acknowledge, ANYONE),
    verbs.REFERRAL_STATE: Verb(referrals.set_state, ANYONE),
    verbs.REFERRAL_UPDATE: Verb(referrals.update_pressed, ANYONE, effect=True),
    # --- relationships and warm introductions ---
    verbs.RELATIONSHIP_DECLARE_MANY: Verb(relationships.declare_many, MEMBERS, PERSONAL,
                                          refusal=relationships.MEMBERS_ONLY),
    verbs.RELATIONSHIP_CONFIRM: Verb(relationships.confirm, MEMBERS, refusal=relationships.MEMBERS_ONLY),
    verbs.RELATIONSHIP_END: Verb(relationships.end, MEMBERS, refusal=relationships.MEMBERS_ONLY),
    verbs.INTRODUCTION_ASK: Verb(relationships.ask, MEMBERS, PERSONAL, refusal=relationships.MEMBERS_ONLY),
    verbs.INTRODUCTION_ANSWER: Verb(relationships.answer, ANYONE),
    # --- disputes ---
    verbs.DISPUTE_RAISE: Verb(disputes.raise_submitted, MEMBERS, PERSONAL, refusal=disputes.MEMBERS_ONLY),
    verbs.DISPUTE_TAKE: Verb(disputes.take, ANYONE),
    verbs.DISPUTE_MOVE: Verb(disputes.mediate, ANYONE),
    verbs.DISPUTE_RESOLVE: Verb(disputes.resolve, ANYONE),
    verbs.DISPUTE_PUBLISH: Verb(disputes.publish, ANYONE),
    verbs.DISPUTE_SANCTION: Verb(disputes.sanction, ANYONE),
    # --- the won-client handoff ---
    verbs.HANDOFF_KICKOFF: Verb(handoff.kickoff, ANYONE),
    verbs.HANDOFF_WELCOME_DONE: Verb(handoff.welcome_made, ANYONE),
    verbs.HANDOFF_ONBOARDED: Verb(handoff.onboarded, ANYONE),
    verbs.HANDOFF_SCORE: Verb(handoff.score_submitted, ANYONE),
}

# What a message gets when it runs no command.
ANSWERS = {CHAT: conversation.small_talk, OFFER: conversation.did_you_mean, UNKNOWN: conversation.not_understood}

EVENTS = {"install": installation.installed, "uninstall": installation.uninstalled, "search": who_owns.search,
          "roster": installation.roster_changed, "picker-search": members.picker_search}


def build_router() -> Router:
    """The router with every command, verb and event Accord handles."""
    return Router(COMMANDS, VERBS, EVENTS, fallback=help.show_help, refuse=help.refuse, answers=ANSWERS)
