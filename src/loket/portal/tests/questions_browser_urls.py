"""The site's URLs plus a stand-in moving module, for the question pages' browser flow.

There is no moving module yet; the stand-in reuses the demo module's flow under its own
identifier and covers the UPL product "verhuismelding", so "Verhuizing doorgeven" can be
online in one municipality and personal support in another.
"""

from dataclasses import replace

from django.urls import include, path

from loket.modules.base import ServiceModule
from loket.modules.contrib.demo.module import DemoModule
from loket.urls import urlpatterns as site_urlpatterns

IDENTIFIER = "verhuizen-proef"
VERHUISMELDING = "http://standaarden.overheid.nl/owms/terms/verhuismelding"


class StandInMovingModule(ServiceModule):
    descriptor = replace(
        DemoModule.descriptor,
        identifier=IDENTIFIER,
        title_nl="Verhuizing doorgeven (proef)",
        title_en="Report your move (trial)",
        summary_nl="Geef uw nieuwe adres online door.",
        summary_en="Report your new address online.",
        questions=("verhuizen",),
        products=(VERHUISMELDING,),
    )


urlpatterns = [
    path(f"diensten/{IDENTIFIER}/", include(("loket.modules.contrib.demo.urls", IDENTIFIER))),
    *site_urlpatterns,
]
