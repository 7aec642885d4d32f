from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from loket.core.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/taal/", set_language, name="set_language"),
    path("beheer/", admin.site.urls),
    path("medewerker/", include("loket.backoffice.urls")),
    path("", include("loket.authentication.urls")),
    path("", include("loket.registry.urls")),
    path("", include("loket.components.urls")),
    path("", include("loket.tenancy.urls")),
    path("", include("loket.payments.urls")),
    path("", include("loket.verification.urls")),
    path("", include("loket.modules.urls")),
    path("", include("loket.portal.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
