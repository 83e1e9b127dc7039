"""The command and verb table: every chat command and card verb, and the handler it goes to."""

from bot.handlers import dna, enquiries, help, installation, partner_channel, who_owns
from bot.router import Command, Router
from cards import verbs
from storage.models import Role

ADMINS = frozenset({Role.admin})
INSIDERS = frozenset({Role.bd, Role.director, Role.admin})
PARTNERS = frozenset({Role.partner})
PERSONAL = frozenset({"personal"})  # the entries' contact details are for their owner

# What people type after "who owns": a client name, a domain, an email, or "Person at/from Client".
_QUERY = r"[\"'“”‘’]?(?P<query>[^\"“”]+?)[\"'“”‘’]?"

COMMANDS = [
    Command("help", "Show what you can do with Accord.", r"help|\?|what can (you|i) do", help.show_help),
    Command(
        "who owns CLIENT",
        "Who holds a client and on what basis; also: who knows PERSON at CLIENT, owner of DOMAIN.",
        rf"(who|whom)('s| is| are)?\s+(owns?|has|holds?|knows|covers|holding|got)\s+{_QUERY}"
        rf"|(who is the |the )?(owner|holder)s?\s+(of|for)\s+{_QUERY.replace('query', 'query2')}",
        who_owns.ask,
    ),
    Command("dna add NAME <EMAIL> at CLIENT", "Put a client contact of yours on your do-not-approach list.",
            r"dna add\s+(?P<entry>.+)", dna.add, roles=PARTNERS, scopes=PERSONAL),
    Command("dna list", "Your do-not-approach entries, numbered.", r"dna( list)?", dna.listing, roles=PARTNERS,
            scopes=PERSONAL),
    Command("dna remove N", "Take entry N off your do-not-approach list.", r"dna (remove|delete) #?(?P<number>\d+)",
            dna.remove, roles=PARTNERS, scopes=PERSONAL),
    Command("enquiries", "Inbound enquiries of the last 14 days and where they went.",
            r"(list |show )?(the )?(recent |latest )?enquiries", enquiries.recent),
    Command("log enquiry", "Log a phone call or walk-in as an enquiry (a form).",
            r"(log|record|add|new) (an? )?(phone |walk-in )?enquiry", enquiries.log_form_reply, roles=INSIDERS),
    Command(
        "set partner channel",
        "Make this channel the one where Accord posts enquiries, approaches and the digest.",
        r"set (this as )?(the )?partner channel( here)?|make this the partner channel",
        partner_channel.set_partner_channel,
        roles=ADMINS,
        scopes=frozenset({"channel"}),
    ),
    # --- approaches ---
    # --- digest ---
    # --- quotes ---
    # --- referral fees ---
    # --- referrals ---
    # --- disputes ---
]

VERBS = {
    verbs.HELP: help.show_help,
    verbs.WHO_OWNS_REFRESH: who_owns.refresh,
    verbs.WHO_OWNS_PICK: who_owns.refresh,
    verbs.NOTIFY_HOLDER: who_owns.notify_holder,
    verbs.ENQUIRY_RESPOND: enquiries.respond,
    verbs.ENQUIRY_PASS_TO_BD: enquiries.pass_to_bd,
    verbs.ENQUIRY_NOT_MINE: enquiries.not_mine,
    verbs.ENQUIRY_LOG: enquiries.log_submitted,
    verbs.ENQUIRY_CLOSE: enquiries.close,
    # --- approaches ---
    # --- quotes ---
    # --- referral fees ---
    # --- referrals ---
    # --- disputes ---
}

EVENTS = {"install": installation.installed, "uninstall": installation.uninstalled, "search": who_owns.search}


def build_router() -> Router:
    """The router with every command, verb and event Accord handles."""
    return Router(COMMANDS, VERBS, EVENTS, fallback=help.show_help, refuse=help.refuse)
