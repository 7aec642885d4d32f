from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "loket.catalogue"
    verbose_name = _("Vragen en producten")
    # Facts from the UPL first, then the curated questions and placements that refer to them.
    reference_fixtures = ["upl_products", "catalogue"]

    def ready(self):
        from . import signals  # noqa: F401
