from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "loket.portal"
    verbose_name = _("Mijn Loket")
    demo_command_fixtures = ["create_demo_cases"]

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from loket.catalogue.models import LifeEventQuestion, Product, ProductPlacement
        from loket.modules.models import ModuleActivation

        from .questions.steps_cache import forget_all

        for model in (LifeEventQuestion, Product, ProductPlacement, ModuleActivation):
            for signal in (post_save, post_delete):
                signal.connect(forget_all, sender=model, dispatch_uid=f"portal-steps-{model.__name__}-{signal is post_save}")
        m2m_changed.connect(forget_all, sender=ProductPlacement.also_under.through, dispatch_uid="portal-steps-also-under")
