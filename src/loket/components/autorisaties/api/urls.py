from rest_framework.routers import SimpleRouter

from .views import ApplicatieViewSet

router = SimpleRouter(trailing_slash=False)
router.register("applicaties", ApplicatieViewSet, basename="applicatie")

app_name = "autorisaties-api"
urlpatterns = router.urls
