from django.urls import path

from . import views

app_name = "payments"

urlpatterns = [
    path("betalen/webhook/<str:provider>/", views.webhook, name="webhook"),
    path("betalen/testbetaling/<uuid:payment_id>/", views.development_checkout, name="development-checkout"),
]
