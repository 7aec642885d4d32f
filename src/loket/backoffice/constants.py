"""How the back office marks things in the ZGW case layer, so other readers (the portal) find them.

An information request is two ZGW facts: the zaak is suspended (opschorting) with
`ASKS_FOR_INPUT_REASON`, and a klantcontact with `INFORMATION_REQUEST_SUBJECT` holds the question.
The portal reads the same two strings (portal/mijn/actions.py); a test keeps them equal.
"""

ASKS_FOR_INPUT_REASON = "Wacht op informatie van de inwoner"
INFORMATION_REQUEST_SUBJECT = "Informatieverzoek"
INFORMATION_ANSWER_SUBJECT = "Antwoord van de inwoner"

# The back office's name in the audit trail (applicatie).
APPLICATION_ID = "loket-backoffice"
APPLICATION_NAME = "Loket backoffice"

# A case is "near its deadline" this many days before it.
NEAR_DEADLINE_DAYS = 5
# The queue shows at most this many cases per page.
QUEUE_PAGE_SIZE = 50
# Answer time the resident gets for an information request (days), unless the handler says otherwise.
DEFAULT_ANSWER_DAYS = 14
