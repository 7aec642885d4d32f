"""Run as a separate process by test_killed_worker: one fulfilment pass with the test fulfiller.

`python -m loket.payments.tests.worker_process kill`: the fulfiller writes the document, then the
process kills itself with SIGKILL before its transaction commits. `... run`: a normal pass.
"""

import os
import signal
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loket.conf.test")
django.setup()

from loket.payments.fulfilment import fulfil_due, register_fulfiller  # noqa: E402

from .support import KIND, make_document  # noqa: E402


def make_then_die(order):
    make_document(order)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    register_fulfiller(KIND, make_then_die if sys.argv[1] == "kill" else make_document)
    print(fulfil_due(worker=f"process-{os.getpid()}"))
