from django.contrib import admin

from .models import Address, CountryCode, MunicipalityCode, NationalityCode


@admin.register(Address)
class AddressAdmin(admin.ModelAdmin):
    """Addresses are public data. Persons are not in the admin: reading them must be logged."""

    list_display = ["street", "house_number", "house_letter", "house_number_addition", "postcode", "place"]
    search_fields = ["postcode", "street", "nummeraanduiding_id"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


for model in (NationalityCode, MunicipalityCode, CountryCode):
    admin.site.register(model, list_display=["code", "description", "valid_from", "valid_until"], search_fields=["code", "description"])
