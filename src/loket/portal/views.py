from django.utils.decorators import method_decorator
from django.views.generic import TemplateView

from .decorators import resident_required
from .selectors import resident_summary


class HomeView(TemplateView):
    template_name = "portal/home.html"


@method_decorator(resident_required, name="dispatch")
class MijnLoketView(TemplateView):
    template_name = "portal/mijn_loket.html"

    def get_context_data(self, **kwargs):
        summary = resident_summary(bsn=self.request.identity.identifier, municipality=self.request.municipality)
        return super().get_context_data(summary=summary, **kwargs)
