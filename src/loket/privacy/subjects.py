"""The subject reference: a keyed hash (HMAC-SHA256) of the BSN.

The log must answer "show me every processing of my data" without itself becoming a list of
BSNs. A keyed hash does both: the platform can compute it again for a logged-in resident, while
someone holding only a copy of the log table cannot recompute it without the key (a plain hash of
a nine-digit number is reversed by trying all of them).
"""

import hashlib
import hmac

from .conf import subject_key


def subject_reference(bsn: str) -> str:
    return hmac.new(subject_key(), bsn.strip().encode(), hashlib.sha256).hexdigest()
