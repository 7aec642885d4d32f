from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import broker_status, cache_status, database_status, migrations_status, workers_status


@never_cache
@require_GET
def healthz(request):
    """200 when the platform can serve: database, migrations, cache and broker (and, with
    `?workers=1`, at least one Celery worker); 503 with the failing part named otherwise."""
    checks = {"database": database_status()}
    checks["migrations"] = migrations_status() if checks["database"]["ok"] else {"ok": False, "error": "database"}
    checks["cache"] = cache_status()
    checks["broker"] = broker_status()
    if request.GET.get("workers") == "1":
        checks["workers"] = workers_status()
    healthy = all(check["ok"] for check in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503)
