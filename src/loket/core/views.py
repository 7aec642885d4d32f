from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import database_status, migrations_status


@never_cache
@require_GET
def healthz(request):
    database = database_status()
    migrations = migrations_status() if database["ok"] else {"ok": False, "error": "database"}
    healthy = database["ok"] and migrations["ok"]
    body = {"status": "ok" if healthy else "error", "database": database, "migrations": migrations}
    return JsonResponse(body, status=200 if healthy else 503)
