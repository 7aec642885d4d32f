"""The public /verify/ page: no login; a code or a file in, a verdict out, nothing more."""

import structlog
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from . import checking
from .forms import CodeForm, FileForm
from .ratelimit import attempt_allowed

logger = structlog.get_logger(__name__)


def _page(request, *, code_form=None, file_form=None, verdict=None, status=200):
    return render(
        request,
        "verification/verify.html",
        {
            "code_form": code_form or CodeForm(prefix="c"),
            "file_form": file_form or FileForm(prefix="f"),
            "verdict": verdict,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def verify(request):
    wants_check = request.method == "POST" or "code" in request.GET
    if wants_check and not attempt_allowed(request):
        logger.warning("verify_rate_limited")  # audit: short codes are being guessed
        return render(request, "verification/rate_limited.html", status=429)
    if request.method == "GET":
        if "code" not in request.GET:
            return _page(request)
        code_form = CodeForm({"c-code": request.GET["code"]}, prefix="c")
        verdict = checking.by_code(code_form.cleaned_data["code"]) if code_form.is_valid() else None
        return _page(request, code_form=code_form, verdict=verdict)
    if request.POST.get("check") == "file":
        file_form = FileForm(request.POST, request.FILES, prefix="f")
        if not file_form.is_valid():
            return _page(request, file_form=file_form, status=400)
        verdict = checking.by_file(file_form.cleaned_data["document"].read())
        return _page(request, verdict=verdict)
    code_form = CodeForm(request.POST, prefix="c")
    if not code_form.is_valid():
        return _page(request, code_form=code_form, status=400)
    return _page(request, code_form=code_form, verdict=checking.by_code(code_form.cleaned_data["code"]))
