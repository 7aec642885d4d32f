from rest_framework.routers import SimpleRouter

from .views import BesluitAuditTrailViewSet, BesluitInformatieObjectViewSet, BesluitViewSet

router = SimpleRouter(trailing_slash=False)
router.register("besluiten", BesluitViewSet, basename="besluit")
router.register(
    r"besluiten/(?P<besluit_uuid>[0-9a-fA-F-]{36})/audittrail",
    BesluitAuditTrailViewSet,
    basename="besluit-audittrail",
)
router.register(
    "besluitinformatieobjecten", BesluitInformatieObjectViewSet, basename="besluitinformatieobject"
)

app_name = "besluiten-api"
urlpatterns = router.urls
