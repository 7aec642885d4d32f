"""Search hit rate: how often the everyday-query test set finds the expected result.

Runs the committed queries (src/loket/catalogue/data/search_queries.csv) through
`catalogue.selectors.search` on the database that DATABASE_URL names (a fresh test database
is created and dropped) and reports the share found first and in the top three. No timing.
"""

from .testdb import fresh_test_database


def run(args) -> dict:
    with fresh_test_database() as connection:
        from django.core.management import call_command

        from loket.catalogue.evaluation import hit_rate

        call_command("loaddata", "upl_products", "catalogue", verbosity=0)
        report = hit_rate()
        return {"search": {"database": connection.vendor, "target_top3_rate": 0.9, **report}}
