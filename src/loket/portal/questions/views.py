from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import TemplateView

from loket.catalogue import selectors as catalogue
from loket.tenancy.selectors import branding_for, branding_for_request

from .forms import MunicipalityChoiceForm
from .selectors import SESSION_KEY, anchor_for, municipality_for_page
from .steps_cache import steps_for

SEARCH_MAX_LENGTH = 200


def _safe_next(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=False
    ):
        return target
    return default


def _branding(request, municipality, chosen: bool):
    """The contact details to show; a resident's own come from the request (asked once)."""
    if municipality is None:
        return None
    return branding_for(municipality) if chosen else branding_for_request(request)


class QuestionListView(TemplateView):
    """All life-event questions: where a resident starts."""

    template_name = "portal/questions/list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(questions=list(catalogue.questions()), **kwargs)


class QuestionView(TemplateView):
    """One question: what to arrange, in order, each online or with personal support."""

    template_name = "portal/questions/detail.html"

    def get_context_data(self, **kwargs):
        question = catalogue.question(self.kwargs["slug"])
        if question is None:
            raise Http404
        municipality, chosen = municipality_for_page(self.request)
        branding = _branding(self.request, municipality, chosen)
        return super().get_context_data(
            question=question,
            steps=steps_for(question, municipality, branding),
            place=municipality,
            place_chosen=chosen,
            place_branding=branding,
            choice_form=MunicipalityChoiceForm(),
            **kwargs,
        )


class ChooseMunicipalityView(TemplateView):
    """A visitor who is not logged in says which municipality they live in (kept in the session)."""

    template_name = "portal/questions/choose_municipality.html"

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", MunicipalityChoiceForm())
        return super().get_context_data(
            next=_safe_next(self.request, reverse("portal:vragen")), **kwargs
        )

    def post(self, request, *args, **kwargs):
        target = _safe_next(request, reverse("portal:vragen"))
        if "forget" in request.POST:
            request.session.pop(SESSION_KEY, None)
            return redirect(target)
        form = MunicipalityChoiceForm(data=request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        request.session[SESSION_KEY] = form.cleaned_data["municipality"].code
        return redirect(target)


class SearchView(TemplateView):
    """Search questions and products in everyday words; always ends with the list of questions."""

    template_name = "portal/questions/search.html"

    def get_context_data(self, **kwargs):
        text = " ".join(self.request.GET.get("q", "").split())[:SEARCH_MAX_LENGTH]
        results = catalogue.search(text) if text else []
        found_questions = [r for r in results if r.kind == "question"]
        products = [
            {"result": r, "anchor": anchor_for(r.placement)} for r in results if r.kind == "product"
        ]
        return super().get_context_data(
            query=text,
            found_questions=found_questions,
            products=products,
            result_count=len(found_questions) + len(products),
            questions=list(catalogue.questions()),
            **kwargs,
        )
