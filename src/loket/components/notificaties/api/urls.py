from rest_framework.routers import SimpleRouter

from .views import AbonnementViewSet, KanaalViewSet, NotificatieViewSet

router = SimpleRouter(trailing_slash=False)
router.register("abonnement", AbonnementViewSet, basename="abonnement")
router.register("kanaal", KanaalViewSet, basename="kanaal")
router.register("notificaties", NotificatieViewSet, basename="notificatie")

app_name = "notificaties-api"
urlpatterns = router.urls
