from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificatiesConfig(AppConfig):
    name = "loket.components.notificaties"
    label = "notificaties"
    verbose_name = _("Notificaties (ZGW)")

    def ready(self):
        from loket.notifications.registry import register_router, register_transport

        from .constants import KIND, TRANSPORT
        from .delivery import deliver, route

        register_router(KIND, route)
        register_transport(TRANSPORT, deliver)
