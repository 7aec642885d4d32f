from django.urls import include, path

app_name = "registry"
urlpatterns: list = [
    path("", include("loket.registry.api.urls")),
]
