from rest_framework.routers import SimpleRouter

from .views import ResultaatViewSet, RolViewSet, StatusViewSet, ZaakViewSet

router = SimpleRouter(trailing_slash=False)
router.register("zaken", ZaakViewSet, basename="zaak")
router.register("statussen", StatusViewSet, basename="status")
router.register("rollen", RolViewSet, basename="rol")
router.register("resultaten", ResultaatViewSet, basename="resultaat")

app_name = "zaken-api"
urlpatterns = router.urls
