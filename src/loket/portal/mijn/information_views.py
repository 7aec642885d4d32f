"""Mijn Loket: the page where the resident answers the municipality's question about a zaak."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View

from loket.authentication.decorators import resident_required
from loket.components.common.errors import RuleViolation

from .forms import InformationAnswerForm
from .information import answer, open_request


@method_decorator(resident_required, name="dispatch")
class InformationAnswerView(View):
    template_name = "portal/mijn/informatie.html"

    def dispatch(self, request, *args, uuid, **kwargs):
        self.open = open_request(request.identity.identifier, uuid)
        if self.open is None:
            raise Http404
        return super().dispatch(request, *args, uuid=uuid, **kwargs)

    def get(self, request, uuid):
        return self.render(InformationAnswerForm())

    def post(self, request, uuid):
        form = InformationAnswerForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                answer(self.open, text=form.cleaned_data["antwoord"], upload=form.cleaned_data["bijlage"])
            except RuleViolation as error:
                form.add_error("bijlage", error.message if hasattr(error, "message") else str(error))
            else:
                messages.success(request, _("Bedankt. De gemeente heeft uw antwoord ontvangen en gaat verder met uw zaak."))
                return redirect("portal:mijn-zaak", uuid)
        return self.render(form, status=400)

    def render(self, form, status=200):
        return render(self.request, self.template_name, {"request_": self.open, "form": form}, status=status)
