"""Card verbs: the names Action.Execute and Action.Submit carry back, shared with the router."""

HELP = "help"
WHO_OWNS_REFRESH = "whoOwns.refresh"  # recompute an ownership card in place
WHO_OWNS_PICK = "whoOwns.pick"  # choose one of the "did you mean" candidates
NOTIFY_HOLDER = "whoOwns.notifyHolder"  # ask Accord to tell a holder the presser would like to talk

ENQUIRY_RESPOND = "enquiry.respond"  # the holder will answer the enquirer
ENQUIRY_PASS_TO_BD = "enquiry.passToBd"  # the holder hands it to the BD team
ENQUIRY_NOT_MINE = "enquiry.notMine"  # the holder says the client is not theirs
ENQUIRY_LOG = "enquiry.log"  # BD submits the phone or walk-in form
ENQUIRY_CLOSE = "enquiry.close"  # the enquiry has been dealt with

ALL = frozenset({HELP, WHO_OWNS_REFRESH, WHO_OWNS_PICK, NOTIFY_HOLDER, ENQUIRY_RESPOND, ENQUIRY_PASS_TO_BD,
                 ENQUIRY_NOT_MINE, ENQUIRY_LOG, ENQUIRY_CLOSE})
