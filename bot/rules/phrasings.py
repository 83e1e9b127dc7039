"""How people ask Accord for things: each command's intent and the phrasings that say it, as plain data.

Patterns are matched against the message's words, lower-cased and single-spaced, with the punctuation around each
word dropped ("Who's got CCorp?" reads "who's got ccorp"). Named groups are the command's arguments, taken from the
message as it was typed; a `client` group is where a client is named, and the reader finds the client in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# How sure a phrasing is that it asks for its command:
SURE = "sure"  # run it
WEAK = "weak"  # run it when what follows names a client the matcher knows ("who has the meeting room" does not)
ASK = "ask"  # a question about doing it ("can I approach X?"): offer it as a button, never run it unasked

# The intents: one per command in bot/commands.py, which maps each to its handler, roles and places.
HELP, WHO_OWNS = "help", "who_owns"
DNA_ADD, DNA_LIST, DNA_REMOVE, DNA_FORM = "dna_add", "dna_list", "dna_remove", "dna_form"
ENQUIRIES, LOG_ENQUIRY, PARTNER_CHANNEL = "enquiries", "log_enquiry", "partner_channel"
ENQUIRIES_BY_SCORE = "enquiries_by_score"
APPROACH, MY_APPROACHES, APPROACHES = "approach", "my_approaches", "approaches"
ASK_BD = "ask_bd"
DIGEST_NOW, DIGEST = "digest_now", "digest"
QUOTE, QUOTES, FEES, REFER, REFERRALS = "quote", "quotes", "fees", "refer", "referrals"
REFERRAL_UPDATE = "referral_update"
DISPUTE, DISPUTES, DISPUTE_SHOW, DISPUTE_PUBLISH = "dispute", "disputes", "dispute_show", "dispute_publish"
SANCTION, MEMBERS, MEMBER = "sanction", "members", "member"
HISTORY = "history"
SCORECARD = "scorecard"
HANDOFFS, HANDOFF_UPDATE, NPS, NPS_RECORD, QUOTE_WON = "handoffs", "handoff_update", "nps", "nps_record", "quote_won"
RELATIONSHIP_DECLARE, RELATIONSHIPS, RELATIONSHIP_FORM = "relationship_declare", "relationships", "relationship_form"
INTRODUCERS = "introducers"


def alt(*phrases: str) -> str:
    """A group matching any of the phrases, longest first so the regex prefers the fullest reading."""
    return "(?:" + "|".join(sorted(set(phrases), key=len, reverse=True)) + ")"


CLIENT = r"(?P<client>.+)"
NUMBER = r"#?(?P<number>\d+)"
WHO = alt("who", "whom", "who's", "whos", "who is", "who are", "who all", "which partner", "which partners",
          "which member", "which members", "what partner", "which of you", "which one of us") + (
    "(?: in the network| here| else| of you| of us| on the team| in the team| among us| amongst us)?")
ANYONE = alt("anyone", "anybody", "someone", "somebody", "any one", "any body", "any of you", "any of us",
             "any partner", "any partners", "any member", "any members", "one of us", "any of the partners",
             "anyone here", "anybody here", "anyone else", "anyone in the network", "the network")
# Someone at an organisation: "knows someone at X" names an organisation, whatever X is.
SOMEONE = alt("someone", "somebody", "anyone", "anybody", "people", "a contact", "contacts", "any contacts",
              "a connection", "connections", "any connections", "a relationship", "relationships", "a way in",
              "friends", "links", "a person", "a guy", "one", "someone we know", "good contacts", "a foot in the door")
HOLDS = alt("own", "owns", "owned", "owning", "hold", "holds", "held", "holding", "has held", "have held")
OWNER = alt("owner", "owners", "holder", "holders", "ownership", "relationship owner", "relationship owners",
            "relationship holder", "relationship holders", "relationship manager", "relationship lead",
            "relationship partner", "account owner", "account manager", "account holder", "account lead",
            "client owner", "client partner", "lead partner", "partner", "partners")
DEALS = alt("has", "have", "had", "has had", "got", "has got", "have got", "on", "across", "covers", "cover",
            "covering", "looks after", "look after", "looking after", "handles", "handle", "handling", "manages",
            "manage", "managing", "runs", "run", "running", "works with", "work with", "working with", "works on",
            "work on", "working on", "deals with", "deal with", "dealing with", "dealt with", "talks to", "talk to",
            "talking to", "speaks to", "speaking to", "close to", "in with", "knows", "know", "responsible for",
            "in charge of", "worked with", "has worked with", "have worked with", "been working with",
            "been dealing with", "connected to", "connected with", "in touch with", "engaged with", "the go-to for",
            "the go to for", "servicing", "serving", "supports", "supporting", "been on", "with", "at", "in at",
            "got a relationship with", "has a relationship with", "have a relationship with",
            "has relationships with", "have relationships with", "already on", "already working with",
            "currently working with", "currently on", "still working with", "still on", "a relationship with",
            "doing work for", "doing work with", "done work for", "done work with", "working for", "works for",
            "work for", "looking at", "chasing", "pitching to", "talked to", "spoken to", "deals", "partnered with",
            "tight with", "friendly with", "mates with", "friends with", "closest to", "close with", "on point for",
            "point on", "the point person for", "in touch with", "involved with", "involved in", "across the")
TAKEN = alt("taken", "claimed", "owned", "held", "flagged", "covered", "protected", "spoken for", "someone's",
            "somebody's", "anyone's", "anybody's", "someone's client", "anyone's client", "somebody's client",
            "anybody's client", "a client", "our client", "a client of ours", "a client of anyone's", "free",
            "available", "open", "up for grabs", "off limits", "off-limits", "on anyone's list", "on someone's list",
            "with anyone", "with someone", "in use", "already taken", "already claimed", "held by anyone",
            "held by someone", "owned by anyone", "owned by someone", "claimed by anyone", "taken by anyone",
            "taken by someone", "held by a partner", "owned by a partner", "a partner's client", "with a partner",
            "on anyone's books", "on our books", "on the books", "on someone's books", "one of ours", "ours",
            "already ours", "someone else's", "somebody else's", "someone else's client", "in play", "being worked")
CONTACT_VERB = alt("approach", "contact", "reach out to", "call", "ring", "email", "pitch", "pitch to", "go after",
                   "chase", "talk to", "speak to", "speak with", "talk with", "get in touch with", "meet", "meet with",
                   "call on", "target", "go for", "sell to", "engage", "engage with", "work with", "quote for",
                   "propose to", "go to")
OK = alt("ok", "okay", "alright", "all right", "fine", "safe", "allowed", "cool", "clear", "free", "good")
PLAN = alt("i plan to", "we plan to", "i'm planning to", "i am planning to", "we're planning to", "we are planning to",
           "planning to", "plan to", "i intend to", "we intend to", "intend to", "i'm going to", "i am going to",
           "we're going to", "we are going to", "going to", "gonna", "i'm gonna", "we're gonna", "i will", "i'll",
           "we will", "we'll", "bd will", "bd is going to", "bd plans to", "bd wants to", "i'm about to",
           "we're about to", "about to", "keen to", "i'm keen to", "we're keen to", "we need to", "need to",
           "we want to", "bd would like to", "we'd like to", "we would like to", "let's", "lets", "time to")
# A partner asking BD to reach out on their behalf.
BD = alt("bd", "the bd team", "bd team", "business development", "the bd people", "the bd folks")
UPSELL = alt("upsell", "upsell to", "cross-sell to", "cross sell to", "help me upsell", "help us upsell")
REACH = alt("approach", "reach out to", "contact", "pitch to", "talk to", "speak to", "get in touch with", "call",
            "follow up with", "upsell", "upsell to", "help me with", "help with", "help me upsell")
FOR_ME = "(?: " + alt("for me", "on my behalf", "for us", "on our behalf", "please", "for me please") + ")"
LIST = (r"(?:" + alt("show", "list", "view", "see", "get", "display", "give", "fetch", "pull up", "bring up", "check",
                     "what are", "what're", "what's", "whats", "are there", "any", "got any", "do we have", "send",
                     "let's see", "lets see", "can i see", "can i get", "where are", "open")
        + r"(?: me| us)?(?: all| the| any| our)? )?")
TAIL = (r"(?: " + alt("please", "pls", "so far", "this week", "this fortnight", "today", "lately", "recently", "yet",
                      "now", "at the moment", "atm", "then", "again", "here", "this month", "in the last 14 days",
                      "in the last fortnight", "in the last two weeks", "for me", "in progress", "to date",
                      "so far this fortnight", "list", "history", "right now", "currently", "as well", "too",
                      "at present", "to me", "by me", "from me", "for us", "overall", "in total", "all time",
                      "of all time", "this period", "in the network") + r")*")
DNA = alt("dna", "d.n.a", "do-not-approach", "do not approach", "don't approach", "dont approach", "do-not-contact",
          "do not contact", "dnc", "no approach", "protected contact", "protected contacts", "protection")
DNA_LIST_WORDS = r"(?: " + alt("list", "entries", "entry list", "contacts", "register", "records") + ")?"
ENQ = alt("enquiries", "inquiries", "enquiry list", "inquiry list", "enquiry log", "leads", "enqs", "inbounds",
          "inbound", "incoming", "new business enquiries", "web enquiries", "website enquiries", "enquiry")
# A do-not-approach entry or a referral: someone at (or from) an organisation.
ENTRY = r"(?P<entry>\S(?:.*\S)? (?:at|from) \S.*)"
# "history of fees" asks for the fee history, not a client's: the lists other commands give are never a client.
NOT_A_LIST = (r"(?!(?:the |all |our |my )?(?:referral |bd )?(?:fees?|disputes?|referrals?|approach(?:es)?|quotes?"
              r"|enquiries|digest)\b)")
REFERRAL = r"(?P<referral>\S.* (?:at|from) \S.* to \S.*)"
INTRO = alt("referral", "intro", "introduction", "referral number", "referral no")  # one referral, by its number


@dataclass(frozen=True)
class Phrasing:
    """One way of saying an intent: how sure it is, and the pattern (named groups are arguments)."""

    intent: str
    strength: str
    pattern: str
    also: tuple[str, ...] = ()  # for ASK: the other intents the same words may ask for, offered with it
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern))  # once, at import: turns only read it

    def match(self, said: str) -> re.Match[str] | None:
        """The match of this phrasing against a message's words."""
        return self.regex.fullmatch(said)


def _table(intent: str, strength: str, *patterns: str, also: tuple[str, ...] = ()) -> list[Phrasing]:
    return [Phrasing(intent, strength, p, also) for p in patterns]


# In order: the first phrasing that fits a message is its reading, so the fuller and rarer forms come first.
PHRASINGS: list[Phrasing] = [
    # --- the partner channel, help ---
    *_table(PARTNER_CHANNEL, SURE,
            r"(?:set|make|use|choose|mark|designate|register|nominate)(?: this| this channel| here)?(?: as| to be)?"
            r"(?: the| our)? partners? channel(?: here| to this channel| to this one| to here)?",
            r"(?:use|make) this (?:channel|one) (?:as|for|into) (?:the |our )?partners? channel",
            r"this (?:channel )?(?:is|will be|should be) (?:the |our )?partners? channel",
            r"partners? channel(?: is)? here"),
    *_table(HELP, SURE,
            r"help(?: me| please| pls| accord| us| out)?",
            r"(?:i )?need (?:some )?help",
            r"(?:what|how) can (?:you|i|accord|we) (?:do|help(?: me| us)?(?: with)?|ask(?: you)?|use)(?: here| for"
            r" me)?",
            r"what (?:do|can|does) (?:you|accord|this bot|this|the bot) do",
            r"how (?:does|do) (?:this|it|you|accord|this bot|the bot) work",
            r"how (?:do|can|should) (?:i|we) use (?:this|you|accord|it|the bot|this bot)",
            r"how do i (?:ask|check|find out|look up|search|use|start)(?: .*)?",
            LIST + r"(?:the |your |all |available )?(?:commands|command list|options)",
            r"what (?:are|r) (?:your|the) (?:commands|options)",
            r"what (?:do|should) i (?:type|say|ask)",
            r"(?:i'm|i am|im) (?:lost|confused|stuck|new here|not sure what to do)",
            r"(?:commands|menu|options|usage|instructions|manual|docs|documentation|guide|tips)"),
    # --- who owns: the strong forms first ---
    *_table(WHO_OWNS, SURE,
            rf"{WHO} (?:(?:is|'s|are) )?(?:currently |now |still |really |actually )?{HOLDS} {CLIENT}",
            rf"{WHO} (?:(?:is|are|'s) )?(?:the |our |an? )?(?:main |current |lead )?{OWNER} (?:of|for|on|at|with)"
            rf" {CLIENT}",
            rf"{WHO} (?:knows|know|has|have|'s got|has got|got|is friends with) {SOMEONE} (?:at|in|inside|within|with"
            rf"|to|from) {CLIENT}",
            rf"(?:does |do |did )?(?:{ANYONE}|we|you) (?:already |still )?(?:know|knows|have|has|got|hold|holds)"
            rf" {SOMEONE} (?:at|in|inside|within|with|to|from) {CLIENT}",
            rf"(?:the |our )?(?:current )?{OWNER} (?:of|for|on) {CLIENT}",
            rf"who do (?:we|i|you) (?:have|know) (?:at|in|with|inside|over at) {CLIENT}",
            r"(?P<client>.+?) (?:who|whom) (?:owns|holds|owned|held)",
            rf"whose (?:client|account|relationship|customer|patch|turf) is {CLIENT}",
            rf"whose is {CLIENT}",
            r"(?:who|whom) (?:does|do) (?P<client>.+?) belongs? to",
            r"(?P<client>.+?) (?:belongs?|belonging) to (?:who|whom|which partner|anyone|someone)",
            r"(?P<client>.+?) (?:who|whom) (?:owns|holds|owned|held) (?:it|them|this|that|this one|that one)",
            r"(?:ownership check|check ownership(?: of| for| on)?|owner check|owner lookup|ownership lookup"
            rf"|check owner(?:ship)? (?:of|for|on)|check who owns|check who holds):? {CLIENT}"),
    # --- a partner asking BD to approach a client of theirs: before "can bd approach X?", which only asks ---
    *_table(ASK_BD, SURE,
            rf"(?:please )?(?:ask|get|have|request|i'd like|i would like|i want|we'd like|we want)(?: the)? {BD}"
            rf"(?: team)? to (?:please )?{REACH} (?P<target>.+?){FOR_ME}?",
            rf"(?:can|could|would|will) {BD}(?: team)? (?:please )?{UPSELL} (?P<target>.+?){FOR_ME}?",
            rf"(?:can|could|would|will) {BD}(?: team)? (?:please )?{REACH} (?P<target>.+?){FOR_ME}",
            rf"(?:ask|request)(?: for)? {BD}(?: for)?(?: help)? (?:with|on|for) (?P<target>.+?){FOR_ME}?"),
    # --- approaches: before the weaker who-owns forms, which "who is bd approaching" would fit ---
    *_table(MY_APPROACHES, SURE,
            LIST + r"(?:all )?my (?:own )?(?:open |current |active |planned |bd |recent |latest )*"
                   r"approach(?:es)?" + TAIL,
            r"(?:approaches|the approaches) (?:i've|i have|i|i'm|i am) (?:made|logged|recorded|planned|got|working on"
            r"|doing)",
            r"what (?:am i|have i been|have i|did i) (?:approaching|approached|approach)" + TAIL,
            r"(?:who|which clients|what clients) (?:am i|have i been|have i) (?:approaching|approached)" + TAIL),
    *_table(APPROACHES, SURE,
            LIST + r"(?:all |the |current |active |open |planned |new |latest |recent |bd |bd's |pending |live )*"
                   r"approaches" + TAIL,
            r"any (?:new |open |current |recent |active )?approaches" + TAIL,
            r"(?:who|what|which clients|what clients|which companies|which accounts|which organisations)"
            r"(?: is| are|'s|'re| has| have)? (?:bd|the bd team|bd team|business development|the bd people|the bd"
            r" folks)"
            r" (?:approaching|approached|working on|doing|up to|chasing|targeting|going after|planning|pitching to|"
            r"pitching|talking to|after|focused on|focusing on|planning to approach|looking at|hunting)" + TAIL,
            r"(?:what's|whats|what is|what are) (?:bd|the bd team|bd team|business development)"
            r" (?:working on|doing|up to|approaching|chasing|targeting|planning)" + TAIL,
            r"(?:who|what|which clients|what clients|which companies)(?:'s| is| are|'re)?"
            r" (?:being|been) approached" + TAIL,
            r"(?:who|what clients|which clients)(?: is| are)? (?:bd|the bd team) (?:approaching|going after)" + TAIL,
            r"(?:bd|bd's) (?:pipeline|activity|targets|plans|approaches)" + TAIL),
    *_table(APPROACH, SURE,
            r"(?:approach|approaching)(?: (?P<target>.+))?",
            rf"{PLAN} approach (?P<target>.+)",
            r"(?:i'm|i am|we're|we are|bd is|bd are) (?:now |currently |about to start )?approaching (?P<target>.+)",
            r"(?:log|record|add|register|new|create|start|plan|make|enter|begin)(?: a| an| new| the| another)?"
            r"(?: bd)? approach(?: (?:to|for|on|with|of))?(?: (?P<target>.+))?"),
    # --- asking whether one may approach: offer, never act ---
    *_table(WHO_OWNS, ASK,
            r"(?:can|could|may|should|shall|might|must|do|would) (?:i|we|bd|someone|you|one of us|anyone)"
            rf" (?:still |now |just |go ahead and |safely )?{CONTACT_VERB} {CLIENT}",
            rf"(?:is it|it's|its|is that|would it be|are we|am i|is bd|we're|we are|i'm|i am) {OK}"
            rf" (?:to|if i|if we|for me to|for us to|for bd to) {CONTACT_VERB} {CLIENT}",
            rf"{OK} (?:to|for me to|for us to|for bd to|if i|if we) {CONTACT_VERB} {CLIENT}",
            rf"am i (?:allowed|able|free|ok|okay|clear|good) to {CONTACT_VERB} {CLIENT}",
            r"any (?:reason|problem|issue|objection|objections|reasons|problems|issues) (?:not to|with|if i|if we|to"
            r"|with me|with us) (?:approach|approaching|contact|contacting|calling|pitching|pitching to|chasing)"
            rf" {CLIENT}",
            rf"is (?P<client>.+?) {OK} to {CONTACT_VERB}",
            rf"{PLAN} {CONTACT_VERB} {CLIENT}",
            r"(?:i'm |we're |i am |we are |bd is |bd are )?(?:thinking of|thinking about|considering|wondering about"
            r"|wondering whether to|wondering if we should|wondering if i should|what if i|what if we|how about|"
            r"worth|is it worth|would it be worth|thoughts on|any thoughts on|opinions on|should we be)"
            r" (?:approaching|approach|contacting|contact|calling|pitching to|pitching|reaching out to|chasing)"
            rf" {CLIENT}",
            also=(APPROACH,)),
    # --- the digest ---
    *_table(DIGEST_NOW, SURE,
            r"(?:post|send|publish|push|run|share|put out|release|fire off|trigger|issue)(?: out)?(?: the| this| a)?"
            r"(?: period's| fortnight's| fortnightly| transparency)? digest(?: out)?"
            r"(?: now| to the channel| to the partner channel| in the channel| here| today| early)*",
            r"digest now(?: please)?"),
    *_table(DIGEST, SURE,
            LIST + r"(?:the |my |this |latest |current |fortnightly |transparency |this fortnight's |"
                   r"fortnight |period )*(?:digest|summary|recap|round up|roundup|round-up|update)" + TAIL,
            r"(?:what's|whats|what has|what) (?:happened|been happening|going on|new)"
            r"(?: this fortnight| lately| recently| this period| so far| this week| in the network)?",
            r"(?:this|the) fortnight(?: so far)?",
            r"(?:fortnight|fortnightly|period) (?:summary|recap|digest|update|report)",
            r"(?:what did i miss|catch me up|bring me up to date|what's the latest|whats the latest)"),
    # --- do-not-approach lists ---
    *_table(DNA_REMOVE, SURE,
            rf"{DNA}{DNA_LIST_WORDS} (?:remove|delete|rm|del|drop|clear|take off) (?:entry |number |no |item"
            rf" )?{NUMBER}",
            rf"(?:remove|delete|drop|take|clear|rm|del|strike) (?:entry |number |no |item |dna entry |{DNA} entry )?"
            rf"{NUMBER} (?:from|off|off of|out of) (?:my |the )?{DNA}{DNA_LIST_WORDS}",
            rf"(?:remove|delete|drop|rm|del|clear) (?:my |the )?{DNA} (?:entry |number |no |item )?{NUMBER}"),
    *_table(DNA_FORM, SURE,
            rf"{DNA} (?:add|form|add many|add multiple|bulk|bulk add|add several|add more|new)(?: form| entries)?",
            r"(?:add|bulk add|add many|add several|add multiple|add some|add a few|add more|new|put)(?: new)?"
            r"(?: contacts| entries| people| names| clients| some contacts| several contacts| multiple contacts)?"
            rf" (?:to|into|onto|on) (?:my |the )?{DNA}{DNA_LIST_WORDS}",
            r"(?:add |new |bulk add |add many |add several |add multiple |add some )?"
            rf"(?:many |several |multiple |some |a few |more |new )?{DNA} (?:entries|contacts|form)",
            rf"bulk {DNA}"),
    *_table(DNA_ADD, SURE,
            rf"{DNA}(?: add| new| entry)?:? {ENTRY}",
            r"dna add (?P<entry>\S.*)",  # its shape is the handler's to explain
            rf"(?:add|put|include|list) {ENTRY} (?:to|on|onto|in|into) (?:my |the )?{DNA}{DNA_LIST_WORDS}",
            rf"(?:add|put) (?:to|on|onto) (?:my |the )?{DNA}{DNA_LIST_WORDS}:? {ENTRY}",
            rf"(?:protect|block|dna-list|flag) {ENTRY}(?: as {DNA})?",
            rf"new {DNA} (?:entry|contact):? {ENTRY}"),
    *_table(DNA_LIST, SURE,
            LIST + rf"(?:my |the |all my |all )?{DNA}{DNA_LIST_WORDS}" + TAIL,
            rf"(?:who|what)(?:'s| is| are|s)? (?:on|in) (?:my |the )?{DNA}{DNA_LIST_WORDS}",
            r"(?:my )?protected contacts"),
    # --- enquiries ---
    *_table(LOG_ENQUIRY, SURE,
            r"(?:log|record|add|new|enter|create|capture|register|take|note)(?: an| a| new| the| another)?"
            r"(?: phone| walk-in| walk in| email| new| inbound| incoming)? (?:enquiry|inquiry)(?: (?:from|for|about"
            r"|by|re) .+)?",
            r"(?:log|record|add|enter|capture|note)(?: a| an| the)?(?: phone| incoming| inbound)?"
            r" (?:call|walk-in|walk in|phone call|walkin)(?: (?:from|for|about|by|re) .+)?"),
    *_table(ENQUIRIES_BY_SCORE, SURE,
            LIST + rf"(?:all |the |recent |open |our |qualified )*{ENQ},? (?:sorted |ordered |ranked |listed )?"
                   r"(?:by|on) (?:lead |bant )?(?:score|scores|quality|qualification)(?: first)?" + TAIL,
            LIST + r"(?:the |our )?(?:best|top|hottest|highest scoring|highest-scoring|most qualified|qualified)"
                   rf" {ENQ}(?: first)?" + TAIL,
            rf"(?:rank|sort|order) (?:the |our |all )?{ENQ} by (?:lead |bant )?score" + TAIL),
    *_table(ENQUIRIES, SURE,
            LIST + rf"(?:any |all |the |new |recent |latest |open |inbound |incoming |current |fresh |last |"
                   rf"last fortnight's |this week's |today's |this fortnight's |this month's )*{ENQ}" + TAIL,
            rf"(?:what|which|any) (?:new )?{ENQ} (?:have |has )?(?:came|come|arrived|landed|have come|come through|"
            r"came through)(?: in)?" + TAIL,
            rf"(?:what|which|any) (?:new |recent |open )?{ENQ} (?:do we have|have we got|have we had|are there|are"
            r" open|"
            r"did we get|have we received|do we have open)" + TAIL,
            r"(?:has |have )?(?:anything|anyone|what's|whats|what has|what) (?:new )?(?:come|came|come through|"
            r"came through|landed|arrived)(?: in)?" + TAIL,
            r"who(?:'s| has| have)? (?:been )?(?:in touch|enquired|inquired|reached out|called in)" + TAIL,
            r"(?:any|got any) (?:new )?(?:enquiries|inquiries|leads)" + TAIL),
    # --- quotes ---
    *_table(QUOTES, SURE,
            LIST + r"(?:all |my |the |open |current |active |outstanding |pending |our |live )*"
                   r"(?:quotes|tenders|quote list|quotes list|open tenders|bids)" + TAIL,
            r"what (?:quotes|tenders) (?:do|have|did) (?:i|we) (?:have|got|open|got open)?(?: open)?" + TAIL,
            r"what (?:am i|are we) quoting(?: on| for)?" + TAIL,
            r"(?:what|which) (?:quotes|tenders) (?:are|are still|do we have|have we got|have i got|do i have|are there)"
            r"(?: open| live| pending| outstanding| in progress| on)?" + TAIL,
            r"what (?:have i|did i|have we) quoted" + TAIL),
    *_table(QUOTE, SURE,
            r"(?:record |log |add |new |enter |create |capture |submit )?(?:a |an |new )?quote"
            r"(?: for| on| to)?(?::? (?!(?:of|from|is|was|were|are|has|had|said|says|me|you|it|that|this|unquote)\b)"
            r"(?P<quote>\S.*))?",
            r"(?:i've|i have|i|we've|we have|we|just) (?:just )?quoted(?: for| on)? (?P<quote>\S.*\d.*)",
            r"(?:i'm |we're |i am |we are )?quoting(?: for| on)? (?P<quote>\S.*\d.*)"),
    # --- referral fees ---
    *_table(FEES, SURE,
            LIST + r"(?:all |the |our |my |recent |referral )*(?:referral )?(?:fees|fee|fee history|fees history|"
                   r"fee list|"
                   r"fee report|fee ledger|fee status|fee scorecard|fee record|fee records|fees paid|fees owed|"
                   r"fee table|payments)(?: history)?" + TAIL,
            r"(?:who|which partners?|which members?|who's|whos)(?:'s| has| have| is| are)? (?:paid|honoured|honored|"
            r"declined|agreed to|agreed|owes|owe|not paid|haven't paid|hasn't paid|still owes|invoiced|honouring|"
            r"honoring|paying)(?: their| the| any| all| out)? (?:referral )?fees?" + TAIL,
            r"(?:what|which) (?:referral )?fees (?:have been|were|are|got) (?:paid|agreed|proposed|declined|owed|"
            r"outstanding|recorded)" + TAIL,
            # `fees @member` or `fees CLIENT`: the words after are whom the lines are about (not "fees owed to me")
            LIST + r"(?:referral )?fees? (?:lines? |history )?(?:for |of |by |on |at |paid by |owed by )?"
                   r"(?!(?:owed|paid|agreed|proposed|declined|due|outstanding|recorded|history|report|this|last|so|"
                   r"to|please|pls|recently|lately|today|yet|list|table|status)\b)(?P<about>\S.*)"),
    # --- referrals: an update first, as "referral 12 update: met them at ... to ..." reads like an introduction ---
    *_table(REFERRAL_UPDATE, SURE,
            rf"{INTRO} {NUMBER}:? (?:update|news|progress|note):? (?P<update>\S.*)",
            rf"(?:update|add an update to|add update to|post an update on|update on|news on|note on|add a note to)"
            rf" (?:the |my )?{INTRO} {NUMBER}:? (?P<update>\S.*)",
            rf"{INTRO} update (?:for |on |to )?{NUMBER}:? (?P<update>\S.*)"),
    *_table(REFER, SURE,
            r"(?:refer|introduce|intro|referral|log a referral|record a referral|new referral|make a referral|"
            r"make an introduction|log an introduction|log an intro|record an introduction|"
            r"i've referred|i have referred|i referred|i've introduced|i have introduced|i introduced|"
            r"i'm referring|i am referring|i'm introducing|i am introducing):? " + REFERRAL,
            # "refer" and anything else: its shape is the handler's to explain ("refer to the FAQ" is not one)
            r"refer (?!(?:to|back|me|you|him|her|them|us|it|this|that)\b)(?P<referral>\S.*)"),
    *_table(REFERRALS, SURE,
            LIST + r"(?:all |my |the |our |open |recent )*(?:referrals|introductions|intros|referral list|"
                   r"referral status|referral statuses|introduction list)" + TAIL,
            r"(?:who|what) (?:have i|did i|i've|i have) (?:referred|introduced)" + TAIL,
            r"who (?:has |have )?(?:referred|introduced) (?:me|anyone to me|someone to me)" + TAIL,
            r"(?:referrals|introductions|intros) (?:to|for|from|by) me" + TAIL,
            r"(?:status of|where are|how are|where're) (?:my|the) (?:referrals|introductions|intros)(?: at| going)?"),
    # --- relationships and warm introductions ---
    *_table(INTRODUCERS, SURE,
            r"(?:who|which partners?|which members?|anyone|anybody|who else) (?:can|could|would|might|will|is able to)"
            r" (?:introduce|intro|connect) (?:me|us) (?:to|with) (?P<target>\S.*)",
            r"(?:who|which partners?|which members?) (?:can|could) (?:get|give) (?:me|us) (?:an? )?(?:warm )?"
            r"(?:introduction|intro) (?:to|at|with) (?P<target>\S.*)",
            r"(?:i need|i'd like|i would like|looking for|find me|get me) (?:an? )?(?:warm )?(?:introduction|intro)"
            r" (?:to|at|with) (?P<target>\S.*)",
            r"(?:introducers|introductions|warm intros?|warm introductions?) (?:to|for|at) (?P<target>\S.*)",
            r"(?:an? )?warm (?:introduction|intro) (?:to|at|with) (?P<target>\S.*)",
            r"(?:an? )?(?:introduction|intro) (?:to|at|with) (?!.* to )(?P<target>\S.*)"),
    *_table(RELATIONSHIP_FORM, SURE,
            r"(?:declare|add|record|new) (?:many |several |multiple |some |my )?relationships(?: form)?",
            r"relationships? form"),
    *_table(RELATIONSHIPS, SURE,
            LIST + r"(?:all |my |all my )(?:declared )?relationships" + TAIL,
            r"(?:my |my declared )relationships" + TAIL,
            r"(?:who do i know|who have i declared|what relationships have i declared)" + TAIL),
    *_table(RELATIONSHIP_DECLARE, SURE,
            r"(?:i know|i've known|i have known|i also know|i'm close to|i am close to|i've worked with"
            r"|i have worked with|i worked with)"
            r" (?!(?:someone|somebody|anyone|anybody|people|some people|a few people|a person|a guy|a contact|"
            r"contacts|the team|a lot of people|lots of people|everyone|everybody|them|him|her)\s(?:at|from)\s)"
            r"(?P<relationship>\S(?:.*\S)? (?:at|from) \S.*)",
            r"(?:declare|add|record|new)(?: a| my)? relationship(?: with)?:? (?P<relationship>\S.*)"),
    # --- disputes ---
    *_table(DISPUTE_PUBLISH, SURE,
            r"(?:publish|post|announce|share|release|publicise|publicize)(?: the)?(?: outcome| outcomes| result|"
            r"results| resolution| decision)?(?: (?:of|for|on))?(?: the)? dispute (?:number |no |num )?" + NUMBER
            + r"(?:'s)?(?: outcome| result| resolution| decision)?(?: to the channel| in the channel| now)?"),
    *_table(DISPUTE_SHOW, SURE,
            r"(?:show |view |open |see |get |check |details of |details for |details on |status of |status on |"
            r"update on |progress on |what's happening with |what is happening with |what's the status of |"
            r"what is the status of |what's up with |whats up with |how is |how's |where is |where's |look at |"
            r"pull up )?(?:me )?(?:the )?dispute (?:number |no |num )?" + NUMBER
            + r"(?: status| details| please| going| progress| timeline)?"),
    *_table(DISPUTES, SURE,
            LIST + r"(?:any |all |my |the |open |current |active |ongoing |pending |resolved |published |recent |"
                   r"unresolved |new )*(?:disputes|dispute list|dispute outcomes|published outcomes|outcomes)" + TAIL,
            r"disputes (?:in progress|open|pending|to coordinate|i'm in|i am in|involving me)"),
    *_table(DISPUTE, SURE,
            r"(?:raise|new|open|file|start|lodge|log|create|submit|make|launch|register|begin|report|bring)"
            r"(?: a| an| new| another)? (?:dispute|complaint)(?: (?:about|against|over|with|re|regarding|on|for|"
            r"concerning|involving) .+)?",
            r"(?:i have|i've got|i got|there's|there is|we have|we've got) (?:a |an )?(?:dispute|complaint)(?: .+)?",
            r"(?:dispute|complain)(?: (?:about|against|over|with|re|regarding|on|concerning) .+)?"),
    # --- sanctions and members ---
    *_table(SANCTION, SURE,
            r"sanction(?: (?P<entry>.+))?",
            r"(?:impose|add|record|apply|place|put|issue|give|new)(?: a| an)? sanction(?: (?:on|against|to|for))?"
            r"(?: (?P<entry>.+))?"),
    *_table(MEMBERS, SURE,
            LIST + r"(?:all |the |our )?(?:members|member list|members list|roster|team roster|reachability|"
                   r"member reachability|unreachable members|unlinked members|people accord can't reach)" + TAIL,
            r"who (?:can't|cannot|can not|can|can you not|couldn't|can accord not) (?:you |accord |we |the bot |i )?"
            r"reach" + TAIL,
            r"who(?:'s| is| are) (?:unreachable|not reachable|not linked|not in teams|missing|not set up|"
            r"out of reach|linked|reachable)" + TAIL,
            r"(?:which|what) members (?:are|can't be|cannot be|can be) (?:unreachable|reachable|reached|linked)"),
    *_table(MEMBER, SURE,
            r"(?:show |look up |lookup |view |check |get |find )?member(?: record| details| info| profile| card|"
            r" lookup| look up| search)?"
            r"(?: (?:for|of|on))?(?: (?P<who>.+))?",
            r"(?:what role does|what's the role of|what is the role of|role of|record of|sanctions on|sanctions for"
            r"|any sanctions on|is there a sanction on) (?P<who>.+?)(?: have)?"),
    # --- a client's history: after the lists, whose "fee history" and "referral history" come first ---
    *_table(HISTORY, SURE,
            rf"history(?: of| for| on| with| about| at)?+ {NOT_A_LIST}{CLIENT}",
            LIST + r"(?:the |a |its |their )?(?:full |complete |whole |entire |recent )?(?:change |audit )?"
                   rf"(?:history|change log|changelog|changes|audit trail|audit log|timeline) (?:of|for|on|with|about"
                   rf"|at|to) {NOT_A_LIST}{CLIENT}",
            r"what(?:'s| has| have)? (?:happened|been happening|been going on|gone on|went on|changed)"
            rf" (?:with|to|at|on|for|over at|re|regarding|around) {CLIENT}",
            rf"what(?:'s| is) the (?:story|history) (?:with|on|of|for|behind) {CLIENT}"),
    # --- the allocation scorecard: the asker's own ("fee scorecard" is the fees list, above) ---
    *_table(SCORECARD, SURE,
            LIST + r"(?:my |our |the )?(?:allocation |partner )?(?:scorecard|score card|score|standing|rating|"
                   r"allocation score|allocation standing)" + TAIL,
            r"how (?:am i|are we) (?:doing|scoring|tracking|rated|ranked)(?: on| for)?(?: the)?"
            r"(?: allocation| allocations| scorecard| the scorecard)?" + TAIL,
            r"what(?:'s| is) my (?:allocation )?(?:score|scorecard|standing|rating)" + TAIL,
            r"(?:will|would|do|does) i (?:get|be) allocated (?:more )?(?:work|projects|jobs)" + TAIL),
    *_table(HISTORY, WEAK,
            r"(?P<client>.+?)(?:'s)? (?:history|change log|changelog|timeline|audit trail)"),
    # --- the won-client handoff ---
    *_table(HANDOFFS, SURE,
            LIST + r"(?:all |the |open |my |our |current |overdue |active )*(?:handoffs|hand-offs|hand offs|"
                   r"handovers|onboardings|handoff list|won clients)" + TAIL),
    *_table(HANDOFF_UPDATE, SURE,
            r"(?:onboarding |status |handoff )?update(?: for| on)? (?!(?:on |me |us )?dispute)(?P<handoff>\S.*)"),
    *_table(NPS, SURE,
            LIST + r"(?:all |the |our |my |recent |latest )*(?:nps|nps scores|nps results|nps list|"
                   r"satisfaction scores|satisfaction results|net promoter scores|survey results)" + TAIL),
    *_table(QUOTE_WON, SURE,
            r"(?:mark )?won:? (?!(?:the |a )?(?:lottery|lotto|raffle|game|match|bet|award)\b)"
            r"(?:(?:the |my |our )?(?:quote|tender|deal|work) (?:for |with |at )?)?(?P<won>\S.*)",
            r"(?:we|i|we've|i've|we have|i have|we just|i just) (?:just )?won (?:the |my |our )?(?:quote|tender|deal|"
            r"work) (?:for|with|at) (?P<won>\S.*)"),
    *_table(NPS_RECORD, SURE,
            r"(?:record |log |add )?(?:an )?nps(?: score)?(?: for)? (?P<nps>\S.*\d.*)"),
    # --- who owns: the weaker forms, which other commands' words can also fit ---
    *_table(WHO_OWNS, WEAK,
            rf"{WHO} (?:(?:is|'s|are|was) )?(?:currently |now |already |still |really )?{DEALS} {CLIENT}",
            rf"(?:does |do |is |are |has |have |did |was |is there |are there )?{ANYONE}"
            r" (?:here |else |already |currently |still |ever )?"
            rf"(?:{DEALS}|is {DEALS}|been {DEALS}) {CLIENT}",
            r"(?:do|does|did|have|has|are|were) (?:we|us|the network|any of us|you)(?: already| currently| still|"
            r" ever)?"
            rf" (?:{DEALS}|hold|own|know|cover|do work for|do work with|do business with) {CLIENT}",
            r"have we (?:got |had |ever had )?(?:a |an |any )?(?:relationship|contact|connection|history|dealings)s?"
            rf" (?:with|at|in) {CLIENT}",
            rf"{WHO} (?:(?:is|'s) )?(?:our |the |a |your )?(?:main |best |usual |key )?(?:contact|person|go-to|go to|"
            rf"point of contact|poc|guy|lead|expert|specialist) (?:at|for|in|with|on|re) {CLIENT}",
            rf"{WHO} (?:(?:is|'s) )?(?:the |our )?(?P<client>.+?) (?:person|contact|partner|owner|holder|lead|guy"
            r"|expert|"
            r"specialist|account manager|relationship manager|go-to|go to)",
            r"who (?:do|should|can|could|would|shall) (?:i|we) (?:talk|speak|go|ask|reach out|chat|check|check in)"
            rf" (?:to |with )?(?:about|re|regarding|for|on) {CLIENT}",
            r"who (?:do|should|can|could) (?:i|we) (?:contact|ask|call|ping|email) (?:about|re|regarding|for|at)"
            rf" {CLIENT}",
            rf"who(?:'s| is) (?:the )?(?:best |right )?person to (?:talk|speak) to (?:about|re|for|at) {CLIENT}",
            rf"is (?P<client>.+?) (?:already |currently |still |now )?{TAKEN}(?: by (?:anyone|anybody|someone|"
            r"somebody|a partner|one of us|us|another partner|anybody else|anyone else))?",
            r"(?P<client>.+?) (?:already |currently )?(?:taken|claimed|held|owned|spoken for|flagged)",
            r"is there (?:a |an |any |an existing |already a )?(?:holder|owner|relationship|flag|claim|partner|"
            rf"existing relationship|conflict|dna|do not approach) (?:on|for|with|at|over) {CLIENT}",
            r"any (?:relationship|relationships|contact|contacts|connection|connections|link|links|history|holder|"
            rf"holders|owner|owners|flag|flags|claim|claims|dealings|partners) (?:with|at|to|for|on|in) {CLIENT}",
            r"(?P<client>.+?) (?:who|whom|who's|whos|anyone|anybody) (?:has|have|'s got|got|is on|covers|looks after"
            r"|knows|"
            r"on|with|dealing|working)(?: it| them| this| that| this one| that one| with it| with them)?",
            r"(?P<client>.+?) any (?:holders|owners|relationships|contacts|flags|claims|takers|partners)",
            r"(?P<client>.+?) (?:anyone|anybody|someone|who)",
            rf"(?P<client>.+?)(?:'s)? {OWNER}",
            r"(?:check|check on|look up|lookup|look-up|search|search for|find|find out about|"
            r"info on|info about|information on|information about|details on|details for|details of|anything on"
            r"|what about|tell me about|what do we know about|what do you know about|what do you have on|"
            r"what have we got on|what have you got on|status of|ownership of|lookup on|background on|intel on)"
            rf" {CLIENT}"),
]

INTENTS = tuple(dict.fromkeys(p.intent for p in PHRASINGS))

# --- words around a request that are not part of it ---------------------------------------------------------------

GREETINGS = ("hi", "hello", "hey", "heya", "hiya", "howdy", "yo", "g'day", "gday", "good morning", "good afternoon",
             "good evening", "good day", "morning", "afternoon", "evening", "hi there", "hey there", "hello there",
             "kia ora", "greetings", "hullo", "helo", "hallo", "sup", "ahoy", "bonjour", "hey hey", "hi hi",
             "hi all", "hey all", "hello all", "hi team", "hey team", "hello team", "hi everyone", "morning all",
             "morning team", "hey guys", "hi guys", "hey folks", "top of the morning", "good morning team")
THANKS = ("thanks", "thank you", "thx", "ty", "ta", "cheers", "thanks heaps", "many thanks", "much appreciated",
          "appreciate it", "appreciated", "thank u", "tnx", "thks", "thanx", "tyvm", "thanks a lot", "thanks so much",
          "thank you so much", "thanks again", "cheers mate", "ta mate", "thanks mate", "thank you very much",
          "thanks very much", "thanks heaps mate", "legend", "you're a legend", "you legend", "great thanks",
          "awesome thanks", "perfect thanks", "ok thanks", "okay thanks", "ok thank you", "cool thanks",
          "nice one", "good bot", "great, thanks", "brilliant", "amazing", "lovely", "champion")
BYES = ("bye", "goodbye", "bye bye", "see ya", "see you", "cya", "later", "see you later", "catch you later",
        "good night", "goodnight", "night", "have a good one", "have a good day", "ttyl", "talk later")
ACKS = ("ok", "okay", "k", "kk", "cool", "nice", "great", "awesome", "perfect", "got it", "good", "sweet", "noted",
        "yes", "no", "yep", "nope", "yeah", "nah", "sure", "right", "alright", "all good", "no worries", "np",
        "sounds good", "fair enough", "understood", "will do", "done", "fine", "excellent", "wow", "lol", "haha",
        "hmm", "hm", "oh", "ah", "ok cool", "okay cool", "great stuff", "good stuff", "ok great", "all done")
PINGS = ("are you there", "you there", "anyone there", "anybody there", "ping", "test", "testing", "hello world",
         "are you alive", "you awake", "are you working", "is this working", "how are you", "how are you doing",
         "how's it going", "hows it going", "how are things", "what's up", "whats up", "wassup", "how do you do",
         "who are you", "what are you", "are you a bot", "you ok", "how r u", "how are ya", "how ya going",
         "how you going", "how's things", "are you awake", "can you hear me", "knock knock")
# Words in front of a request that only make it polite: "could you tell me who owns X" asks "who owns X".
POLITE = ("please", "pls", "plz", "pleas", "could you", "can you", "would you", "will you", "could you please",
          "can you please", "would you please", "would you mind", "kindly", "quick question", "quick q", "q",
          "question", "just wondering", "i was wondering", "i wonder", "wondering", "do you know",
          "do you happen to know",
          "any idea", "any ideas", "does anyone know", "tell me", "can you tell me", "could you tell me",
          "please tell me", "let me know", "sorry to bother you", "sorry to bug you", "sorry", "so", "um", "umm",
          "uh", "er", "erm", "btw", "by the way", "also", "and", "oh", "hey so", "ok so", "okay so", "right so",
          "i'd like to know", "i would like to know", "i want to know", "i need to know", "id like to",
          "i'd like to", "i would like to", "i want to", "i wanna", "i need to", "i'd love to know", "curious",
          "just curious", "random question", "one more thing", "another one", "another question", "next",
          "and also", "just checking", "just a quick one", "quick one", "can i ask", "may i ask", "could i ask",
          "can i check", "just", "actually", "one question", "question for you", "a question", "fyi", "hi again",
          "can u", "could u", "pls can you", "please can you", "can you just", "could you just",
          "i'm trying to find out", "trying to find out", "i need", "i want", "can i have", "can i get", "give me",
          "find out", "do you know if", "i'd like", "i would like", "hoping you can tell me", "mate", "team",
          "folks", "guys", "all", "everyone")
# Closing words: "who owns X, thanks", "who owns X pls".
CLOSING = ("please", "pls", "plz", "thanks", "thank you", "thx", "ty", "ta", "cheers", "mate", "team", "folks",
           "guys", "anyone", "anybody", "someone", "thanks in advance", "ta in advance", "tia", "thanks heaps",
           "if you know", "if you can", "if possible", "by any chance", "any idea", "any ideas", "does anyone know",
           "do you know", "again", "as well", "too", "quickly", "asap", "when you can", "when you get a chance",
           "cheers mate", "thanks mate", "ta mate", "much appreciated", "appreciate it", "many thanks",
           "at all", "ok", "okay", "eh", "hey", "lol", "haha", "sorry", "btw", "all",
           "everyone", "accord")
# Words around a client in a question that are not its name: "the ClientCorp account at the moment".
FILLER_BEFORE = frozenset("""
the our my a an any this that these those with at for about on over re regarding of to in into inside from
relationship relationships account accounts client clients contact contacts connection connections link links
history someone somebody anyone anybody people person one folks company organisation organization firm mob crew
crowd group's customer customers business team lot mob
""".split())
FILLER_AFTER = frozenset("""
account accounts relationship relationships client clients folks guys people team crew lot mob side stuff thing
things one ones business work deal deals contract contracts project projects job jobs now currently moment atm
present days day today tonight tomorrow yesterday lately recently still already again yet too well more anymore
please pls thanks thx cheers mate at the moment these those this that then right any chance by or not if anyone
anybody someone somebody else here there in it is at all ever before since group's
""".split())
# Words that end a client's name when they follow it ("Telstra in Melbourne", "Qantas now"): the reader tries the
# words before them as the client, never a cut in the middle of a run of name-like words.
BOUNDARIES = frozenset("""
at in on for from with about re regarding and or but now today currently still already again yet since because as
so if then these those this that next last right before after anymore too also either neither nor vs versus
tomorrow yesterday tonight lately recently soon maybe perhaps please thanks pls who whom whose what which when where
why how is are was were be been being do does did has have had having will would should could can may might must
any anyone anybody someone somebody they them their there here it its we us our you your i me my he she his her
""".split())
# Everyday words: never corrected into a command word, and never taken alone for a client in a loose phrasing
# ("is the booking taken?" is not about Booking.com), though a client may be called one ("who owns Contact?").
EVERYDAY = frozenset("""
a about above across after again against all almost alone along already also although always am among an and
another any anybody anyone anything anyway anywhere are around as ask asked at away back be became because become
been before began behind being below best better between big both but by call called came can cannot case change
check close come could day days did different do does doing done down during each early either else end enough
even ever every everyone everything far few find first for found free from full gave get gets getting give given
go goes going gone good got great had half hand happen happened has have having he head hear held help her here
high him his hold home how however i if in inside instead into is it its itself just keep kept kind knew know
known large last late later least less let like little long look looked looking lot made make many may maybe me
mean might mine more most much must my near need never new next nice no none nor not nothing now of off often
old on once one only open or other our out over own part past per perhaps place point put quite rather real
really right round run said same saw say says see seem seen set several shall she should show side since small so
some someone something sometimes soon still such sure take taken than that the their them then there these they
thing things think this those though thought through till to together too took top toward towards try turn two
under until up upon us use used very want wanted was way we well went were what whatever when where whether which
while who whole whom whose why will with within without work would yes yet you your yours
ok okay hi hello hey thanks thank cheers please sorry yeah yep nope nah lol haha
time year week month today tomorrow yesterday morning afternoon evening night moment minute hour friday monday
tuesday wednesday thursday saturday sunday weekend
people person guy guys folks team everybody man woman boss friend family kids
meeting meetings call calls email emails chat coffee lunch dinner drinks pizza beer party event conference
offsite trip holiday leave sick late early office room rooms boardroom storeroom kitchen desk printer wifi internet
laptop phone password login account accounts access keys key car parking building floor level door
client clients customer customers company companies business deal deals contract contracts project projects job
jobs proposal proposals quote quotes invoice invoices report reports update updates plan plans strategy price
pricing cost costs budget money payment payments fee fees tender tenders panel renewal program programme work
review feedback question questions answer idea ideas issue issues problem problems thing stuff info news note notes
list file files doc docs document documents template form forms slot booking bookings contact contacts origin
grab seek order orders stock sales marketing finance legal design cloud data digital support service services
the weather joke help test testing yes
one two three four five six seven eight nine ten first second third half
game games came cat cats won win wins owe owes owed owing towns gowns downs knot knots hell helm heap held yelp kelp
feed feel feet tree flee
quota quotas quite quiet defer deter reefer from firm farm foam norm lost last lust mist fist shoe shop shot slow snow
ember remember token tokens taker takes reproach load loads lend read bead dead heads gas his hose home power lower
tower mower clover lover hover notes votes noted voted seed need deed weed deferral enquire inquire men mens motion
motions portions hall halt tell toll told sell bill dial deal real meal seal heal goal mail nail hail sail
good bad great nice cool awesome fine happy sad busy quick slow big small old new next last main real whole
important urgent sure able ready done free open closed full empty easy hard
""".split())
