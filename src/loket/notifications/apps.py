from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "loket.notifications"
    label = "notifications"
    verbose_name = _("Berichten en notificaties")

    def ready(self):
        from . import transports
        from .facade import RESIDENT
        from .registry import register_router, register_transport

        register_router(RESIDENT, transports.route_resident)
        register_transport(transports.INBOX, transports.deliver_to_inbox)
        register_transport(transports.EMAIL, transports.deliver_email)
        # kind "webhook": payload {"url": …, "body": {…}}; POSTs the body as JSON to the URL.
        register_router(transports.WEBHOOK, transports.route_webhook)
        register_transport(transports.WEBHOOK, transports.deliver_webhook)
