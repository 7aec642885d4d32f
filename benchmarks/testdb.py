"""A fresh test database for one benchmark, on the database DATABASE_URL names, dropped afterwards.

`with fresh_test_database() as connection: ...` sets up Django with the test settings (unless
DJANGO_SETTINGS_MODULE says otherwise), creates the test database, and destroys it on the way out.
`sqlite_file` puts a SQLite test database in a file instead of in memory (for big runs).
"""

import os
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def fresh_test_database(sqlite_file: Path | None = None):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loket.conf.test")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    if sqlite_file is not None and connection.vendor == "sqlite":
        sqlite_file.parent.mkdir(exist_ok=True)
        sqlite_file.unlink(missing_ok=True)
        connection.settings_dict["TEST"]["NAME"] = str(sqlite_file)
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        yield connection
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
