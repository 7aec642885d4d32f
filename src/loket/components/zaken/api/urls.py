from rest_framework.routers import SimpleRouter

from loket.components.common.paths import UUID_RE

from .besluiten_views import ZaakBesluitViewSet
from .object_views import (
    AuditTrailViewSet,
    KlantContactViewSet,
    ZaakContactMomentViewSet,
    ZaakEigenschapViewSet,
    ZaakInformatieObjectViewSet,
    ZaakObjectViewSet,
    ZaakVerzoekViewSet,
)
from .views import ResultaatViewSet, RolViewSet, StatusViewSet, ZaakViewSet

ZAAK = rf"zaken/(?P<zaak_uuid>{UUID_RE})"

router = SimpleRouter(trailing_slash=False)
router.register("zaken", ZaakViewSet, basename="zaak")
router.register(f"{ZAAK}/zaakeigenschappen", ZaakEigenschapViewSet, basename="zaakeigenschap")
router.register(f"{ZAAK}/audittrail", AuditTrailViewSet, basename="audittrail")
router.register(f"{ZAAK}/besluiten", ZaakBesluitViewSet, basename="zaakbesluit")
router.register("statussen", StatusViewSet, basename="status")
router.register("rollen", RolViewSet, basename="rol")
router.register("resultaten", ResultaatViewSet, basename="resultaat")
router.register("zaakobjecten", ZaakObjectViewSet, basename="zaakobject")
router.register(
    "zaakinformatieobjecten", ZaakInformatieObjectViewSet, basename="zaakinformatieobject"
)
router.register("klantcontacten", KlantContactViewSet, basename="klantcontact")
router.register("zaakcontactmomenten", ZaakContactMomentViewSet, basename="zaakcontactmoment")
router.register("zaakverzoeken", ZaakVerzoekViewSet, basename="zaakverzoek")

app_name = "zaken-api"
urlpatterns = router.urls
