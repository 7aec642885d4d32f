"""The site's URLs for the question pages' browser flow, and the module it switches on.

The real moving module ("verhuizen") covers the UPL product "verhuismelding", so "Verhuizing
doorgeven" can be online in one municipality and personal support in another.
"""

from loket.urls import urlpatterns  # noqa: F401

IDENTIFIER = "verhuizen"
