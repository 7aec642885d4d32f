from rest_framework.routers import SimpleRouter

from loket.components.common.paths import UUID_RE

from .views import (
    AuditTrailViewSet,
    BestandsDeelViewSet,
    EnkelvoudigInformatieObjectViewSet,
    GebruiksrechtViewSet,
    ObjectInformatieObjectViewSet,
)

DOCUMENT = rf"enkelvoudiginformatieobjecten/(?P<enkelvoudiginformatieobject_uuid>{UUID_RE})"

router = SimpleRouter(trailing_slash=False)
router.register(
    "enkelvoudiginformatieobjecten",
    EnkelvoudigInformatieObjectViewSet,
    basename="enkelvoudiginformatieobject",
)
router.register(f"{DOCUMENT}/audittrail", AuditTrailViewSet, basename="audittrail")
router.register("bestandsdelen", BestandsDeelViewSet, basename="bestandsdeel")
router.register("gebruiksrechten", GebruiksrechtViewSet, basename="gebruiksrechten")
router.register(
    "objectinformatieobjecten", ObjectInformatieObjectViewSet, basename="objectinformatieobject"
)

app_name = "documenten-api"
urlpatterns = router.urls
