from loket.core.tests.browser import *  # noqa: F403  (browser, new_page)
