from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from ...base import LoginPlugin
from ...registry import register


@register("simulator")
class SimulatorPlugin(LoginPlugin):
    """Pick a test BSN or KVK number and log in without DigiD. Never available in production."""

    verbose_name = _("Inlogsimulator (alleen voor testen)")
    provides = "resident"
    development_only = True

    def start_login(self, request, next_url):
        return HttpResponseRedirect(f"{reverse('authentication:simulator')}?{urlencode({'next': next_url})}")
