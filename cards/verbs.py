"""Card verbs: the names Action.Execute and Action.Submit carry back, shared with the router."""

HELP = "help"
COMMAND_RUN = "command.run"  # a "did you mean" or quick button: run the chat command it names, as if typed
HELP_RUN = "help.run"  # a help card button: run the command text it carries (or its form's input) as if typed
HELP_TRY = "help.try"  # a help card button: a small form holding a command's example, to edit and send
WHO_OWNS_REFRESH = "whoOwns.refresh"  # recompute an ownership card in place
WHO_OWNS_PICK = "whoOwns.pick"  # choose one of the "did you mean" candidates
WHO_OWNS_NOT_THIS = "whoOwns.notThis"  # the text typed does not name this client (or none of these)
WHO_OWNS_ALIAS = "whoOwns.alias"  # the text typed does name the client picked: propose it as an alias
NOTIFY_HOLDER = "whoOwns.notifyHolder"  # ask Accord to tell a holder the presser would like to talk

ENQUIRY_RESPOND = "enquiry.respond"  # the holder will answer the enquirer
ENQUIRY_PASS_TO_BD = "enquiry.passToBd"  # the holder hands it to the BD team
ENQUIRY_NOT_MINE = "enquiry.notMine"  # the holder says the client is not theirs
ENQUIRY_LOG = "enquiry.log"  # BD submits the phone or walk-in form
ENQUIRY_CLOSE = "enquiry.close"  # the enquiry has been dealt with
ENQUIRY_QUALIFY = "enquiry.qualify"  # whoever responds records budget, authority, need and timeline (BANT)
REFERRAL_QUALIFY = "referral.qualify"  # the recipient records the introduction's BANT

DNA_ADD_MANY = "dna.addMany"  # a partner submits the multi-line do-not-approach form
DNA_REMOVE = "dna.remove"  # a partner takes one entry off their do-not-approach list, from the list card

APPROACH_RECORD = "approach.record"  # BD submits the approach form
APPROACH_CANCEL = "approach.cancel"  # BD drops a colliding approach before anything is recorded
APPROACH_ASK_HOLDER = "approach.askHolder"  # BD asks the holders for consent
APPROACH_AGREE = "approach.agree"  # a holder lets BD approach on their behalf
APPROACH_LEAD = "approach.lead"  # a holder would rather lead themselves
APPROACH_DECLINE = "approach.decline"  # a holder says no
APPROACH_STATE = "approach.setState"  # planned -> active -> won | dropped
REQUEST_ACCEPT = "approachRequest.accept"  # a BD member takes on a partner's request to approach on their behalf
REQUEST_DECLINE = "approachRequest.decline"  # a BD member declines it, with a reason the partner is told

# --- quotes, fees, referrals, disputes (issue 7) ---
FEE_PROPOSE = "fee.propose"  # the deal owner proposes a fee to a holder
FEE_NO_FEE = "fee.noFee"  # the deal owner records, with a reason, that no fee is due to a holder
FEE_ACCEPT = "fee.accept"  # the payee agrees to a proposed fee
FEE_DECLINE = "fee.decline"  # the payee declines a proposed fee, with a reason
FEE_ADVANCE = "fee.advance"  # agreed -> invoiced (payee), invoiced -> paid (payer)
REFERRAL_ACK = "referral.acknowledge"  # the recipient acknowledges an introduction
REFERRAL_STATE = "referral.setState"  # the recipient reports in progress, won or lost
REFERRAL_UPDATE = "referral.addUpdate"  # either party adds a short update; the other is told
DISPUTE_RAISE = "dispute.raise"  # anyone submits the form raising a dispute
DISPUTE_TAKE = "dispute.take"  # a director takes a dispute as its coordinator
DISPUTE_MOVE = "dispute.move"  # the coordinator moves it to mediation
DISPUTE_RESOLVE = "dispute.resolve"  # the coordinator resolves it with an outcome and a summary
DISPUTE_PUBLISH = "dispute.publish"  # the coordinator publishes a resolved outcome to the partner channel
DISPUTE_SANCTION = "dispute.sanction"  # a director records a sanction on a party of a resolved dispute

# --- the won-client handoff (issue 19) ---
HANDOFF_KICKOFF = "handoff.kickoff"  # the deal owner names the delivery lead and the kickoff call
HANDOFF_WELCOME_DONE = "handoff.welcomeDone"  # the director made the executive welcome call
HANDOFF_ONBOARDED = "handoff.onboarded"  # the delivery lead marks onboarding done: the satisfaction check follows
HANDOFF_SCORE = "handoff.score"  # the delivery lead records a satisfaction or NPS score and a comment
# --- relationships and warm introductions (issue 19) ---
RELATIONSHIP_DECLARE_MANY = "relationship.declareMany"  # a member submits the multi-line relationships form
RELATIONSHIP_CONFIRM = "relationship.confirm"  # the owner re-confirms a declared relationship
RELATIONSHIP_END = "relationship.end"  # the owner no longer knows that person
INTRODUCTION_ASK = "introduction.ask"  # a member asks another for a warm introduction
INTRODUCTION_ANSWER = "introduction.answer"  # the member asked: accepted, not now, or not well known

ALL = frozenset(value for name, value in dict(globals()).items() if name.isupper() and isinstance(value, str))

# --- datasets a card's picker searches as people type (Data.Query -> application/search) ---
MEMBERS_DATASET = "accord.members"  # members with a role, by name or email
