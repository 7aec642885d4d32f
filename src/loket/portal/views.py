from django.utils.decorators import method_decorator
from django.views.generic import TemplateView

from loket.authentication.decorators import resident_required
from loket.catalogue.selectors import questions as catalogue_questions

from .mijn.overview import overview
from .selectors import processing_overview, resident_details, resident_summary
from .templatetags.mijn_loket import remember_unread


class HomeView(TemplateView):
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(questions=list(catalogue_questions()), **kwargs)


@method_decorator(resident_required, name="dispatch")
class MijnLoketView(TemplateView):
    template_name = "portal/mijn_loket.html"

    def get_context_data(self, **kwargs):
        bsn, municipality = self.request.identity.identifier, self.request.municipality
        summary = resident_summary(bsn=bsn, municipality=municipality)
        found = overview(bsn=bsn, municipality=municipality)
        remember_unread(self.request, found.unread_count)  # the navigation badge asks no more
        return super().get_context_data(summary=summary, overview=found, **kwargs)


@method_decorator(resident_required, name="dispatch")
class MijnGegevensView(TemplateView):
    """The resident's own data as the registry holds it, with a way to say something is wrong."""

    template_name = "portal/mijn_gegevens.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=resident_details(bsn=self.request.identity.identifier), **kwargs)


@method_decorator(resident_required, name="dispatch")
class ProcessingLogView(TemplateView):
    """'Wie heeft mijn gegevens bekeken': every processing of the resident's data, in plain words."""

    template_name = "portal/verwerkingen.html"

    def get_context_data(self, **kwargs):
        include_own = self.request.GET.get("eigen") == "1"
        overview = processing_overview(
            bsn=self.request.identity.identifier, page_number=self.request.GET.get("pagina"), include_own=include_own
        )
        return super().get_context_data(overview=overview, include_own=include_own, **kwargs)
