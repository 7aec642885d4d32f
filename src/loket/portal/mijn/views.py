"""Mijn zaken, Mijn berichten and Mijn documenten. Only the logged-in resident's own, by BSN."""

from urllib.parse import urlparse

from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.utils.decorators import method_decorator
from django.views import View
from django.views.generic import TemplateView

from loket.authentication.decorators import resident_required
from loket.components import facade as zgw
from loket.notifications import facade as inbox

from .zaken import resident_zaak, zaken_overview

MESSAGES_PAGE_SIZE = 20


def _bsn(request) -> str:
    return request.identity.identifier


def safe_link(url: str) -> str:
    """Only same-site paths and http(s) links are shown as links; anything else is dropped."""
    if not url:
        return ""
    parsed = urlparse(url)
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return url
    if not parsed.scheme and not parsed.netloc and url.startswith("/") and not url.startswith("//"):
        return url
    return ""


@method_decorator(resident_required, name="dispatch")
class MijnZakenView(TemplateView):
    template_name = "portal/mijn/zaken.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(zaken=zaken_overview(_bsn(self.request)), **kwargs)


@method_decorator(resident_required, name="dispatch")
class MijnZaakView(TemplateView):
    template_name = "portal/mijn/zaak.html"

    def get_context_data(self, **kwargs):
        bsn = _bsn(self.request)
        detail = resident_zaak(bsn, kwargs["uuid"])
        if detail is None:
            raise Http404
        documents = [
            d for d in zgw.documents_of_resident(bsn) if d.zaak_uuid == str(kwargs["uuid"])
        ]
        return super().get_context_data(detail=detail, documents=documents, **kwargs)


@method_decorator(resident_required, name="dispatch")
class MijnBerichtenView(TemplateView):
    template_name = "portal/mijn/berichten.html"

    def get_context_data(self, **kwargs):
        page = Paginator(
            inbox.inbox_of(_bsn(self.request)).select_related("municipality"), MESSAGES_PAGE_SIZE
        ).get_page(self.request.GET.get("pagina"))
        return super().get_context_data(page=page, **kwargs)


@method_decorator(resident_required, name="dispatch")
class MijnBerichtView(TemplateView):
    """One message; opening it marks it read (idempotent, so a GET may do it)."""

    template_name = "portal/mijn/bericht.html"

    def get_context_data(self, **kwargs):
        message = inbox.inbox_message(_bsn(self.request), kwargs["uuid"])
        if message is None:
            raise Http404
        if message.read_at is None:
            inbox.mark_read(message)
        return super().get_context_data(
            message=message,
            link_url=safe_link(message.link_url),
            zaak_url=safe_link(message.zaak_url),
            **kwargs,
        )


@method_decorator(resident_required, name="dispatch")
class MijnDocumentenView(TemplateView):
    template_name = "portal/mijn/documenten.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            documents=zgw.documents_of_resident(_bsn(self.request)), **kwargs
        )


@method_decorator(resident_required, name="dispatch")
class MijnDocumentDownloadView(View):
    """The file itself, always as a download: never rendered in the portal's origin.

    The resident's own access is not written to the processing log: the log is about others
    processing their data, and their own looks would drown those rows.
    """

    def get(self, request, uuid):
        found = zgw.open_document_of_resident(_bsn(request), uuid)
        if found is None:
            raise Http404
        fileobj, filename, content_type = found
        response = FileResponse(
            fileobj,
            as_attachment=True,
            filename=filename or "document",
            content_type=content_type or "application/octet-stream",
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response
