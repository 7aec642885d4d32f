from loket.core.tests.browser import *  # noqa: F403  (browser, new_page)

from .questions_fixtures import *  # noqa: E402,F403  (catalogue_loaded, demo_on, resident_of, …)
