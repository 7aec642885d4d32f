from rest_framework.routers import SimpleRouter

from .views import (
    BesluitTypeViewSet,
    CatalogusViewSet,
    EigenschapViewSet,
    InformatieObjectTypeViewSet,
    ResultaatTypeViewSet,
    RolTypeViewSet,
    StatusTypeViewSet,
    ZaakObjectTypeViewSet,
    ZaakTypeInformatieObjectTypeViewSet,
    ZaakTypeViewSet,
)

router = SimpleRouter(trailing_slash=False)
router.register("catalogussen", CatalogusViewSet, basename="catalogus")
router.register("zaaktypen", ZaakTypeViewSet, basename="zaaktype")
router.register("statustypen", StatusTypeViewSet, basename="statustype")
router.register("roltypen", RolTypeViewSet, basename="roltype")
router.register("resultaattypen", ResultaatTypeViewSet, basename="resultaattype")
router.register("eigenschappen", EigenschapViewSet, basename="eigenschap")
router.register(
    "informatieobjecttypen", InformatieObjectTypeViewSet, basename="informatieobjecttype"
)
router.register("besluittypen", BesluitTypeViewSet, basename="besluittype")
router.register(
    "zaaktype-informatieobjecttypen",
    ZaakTypeInformatieObjectTypeViewSet,
    basename="zaaktypeinformatieobjecttype",
)
router.register("zaakobjecttypen", ZaakObjectTypeViewSet, basename="zaakobjecttype")

app_name = "catalogi-api"
urlpatterns = router.urls
