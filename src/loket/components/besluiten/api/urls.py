from rest_framework.routers import SimpleRouter

from loket.components.common.paths import UUID_RE

from .views import BesluitAuditTrailViewSet, BesluitInformatieObjectViewSet, BesluitViewSet

router = SimpleRouter(trailing_slash=False)
router.register("besluiten", BesluitViewSet, basename="besluit")
router.register(
    rf"besluiten/(?P<besluit_uuid>{UUID_RE})/audittrail",
    BesluitAuditTrailViewSet,
    basename="besluit-audittrail",
)
router.register(
    "besluitinformatieobjecten", BesluitInformatieObjectViewSet, basename="besluitinformatieobject"
)

app_name = "besluiten-api"
urlpatterns = router.urls
