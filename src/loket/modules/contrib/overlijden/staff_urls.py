from django.urls import path

from . import staff_views

urlpatterns = [
    path("", staff_views.permissions, name="permissions"),
    path("<uuid:zaak_uuid>/", staff_views.permission, name="permission"),
    path("elders-overleden/", staff_views.elsewhere, name="elsewhere"),
]
