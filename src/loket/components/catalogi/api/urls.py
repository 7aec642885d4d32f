from rest_framework.routers import SimpleRouter

from .views import (
    CatalogusViewSet,
    ResultaatTypeViewSet,
    RolTypeViewSet,
    StatusTypeViewSet,
    ZaakTypeViewSet,
)

router = SimpleRouter(trailing_slash=False)
router.register("catalogussen", CatalogusViewSet, basename="catalogus")
router.register("zaaktypen", ZaakTypeViewSet, basename="zaaktype")
router.register("statustypen", StatusTypeViewSet, basename="statustype")
router.register("roltypen", RolTypeViewSet, basename="roltype")
router.register("resultaattypen", ResultaatTypeViewSet, basename="resultaattype")

app_name = "catalogi-api"
urlpatterns = router.urls
