from django.urls import re_path

from .views import brand_stylesheet

app_name = "tenancy"

urlpatterns = [
    re_path(r"^huisstijl/(?P<code>[0-9]{4})\.css$", brand_stylesheet, name="brand-stylesheet"),
]
