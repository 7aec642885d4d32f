"""gunicorn settings that belong with the code: `gunicorn -c src/loket/conf/gunicorn.conf.py ...`
(scripts/run-production). Bind, workers and timeouts stay on its command line.
"""

import gc


def post_worker_init(worker):
    """Freeze what the worker loaded before its first request (Django, the URLconf, the apps).

    Those objects live as long as the process. Frozen, the garbage collector no longer walks
    them in every full collection, which allocation-heavy requests (a page of 100 zaken) set
    off; and its writes no longer copy the memory pages the worker shares with the master.
    """
    gc.collect()
    gc.freeze()
    worker.log.info("gc.freeze: %d objects", gc.get_freeze_count())
