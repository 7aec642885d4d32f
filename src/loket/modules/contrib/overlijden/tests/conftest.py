from loket.core.tests.browser import *  # noqa: F403  (browser, new_page)

from .family import *  # noqa: E402,F403  (amsterdam, family, …)
