"""Search hit rate: how often the everyday-query test set finds the expected result.

Runs the committed queries (src/loket/catalogue/data/search_queries.csv) through
`catalogue.selectors.search` on the database that DATABASE_URL names (a fresh test database
is created and dropped) and reports the share found first and in the top three. No timing.
"""

import os


def run(args) -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loket.conf.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        call_command("loaddata", "upl_products", "catalogue", verbosity=0)
        from loket.catalogue.evaluation import hit_rate

        report = hit_rate()
        return {"search": {"database": connection.vendor, "target_top3_rate": 0.9, **report}}
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
