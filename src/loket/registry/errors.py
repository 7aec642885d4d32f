"""Refusals of the registry services. Each carries a Dutch message fit to show to staff or residents."""

from django.utils.translation import gettext_lazy as _


class RegistryError(Exception):
    message = _("Deze wijziging kan niet worden vastgelegd.")

    def __init__(self, message=None):
        if message is not None:
            self.message = message
        super().__init__(str(self.message))


class PersonNotFound(RegistryError):
    message = _("Deze persoon staat niet in de basisregistratie.")


class AddressNotFound(RegistryError):
    message = _("Dit adres bestaat niet.")


class DateBeforeBirth(RegistryError):
    message = _("Deze datum ligt vóór de geboortedatum.")


class DateInFuture(RegistryError):
    message = _("Deze datum ligt in de toekomst.")


class PersonDeceased(RegistryError):
    message = _("Deze persoon is overleden.")


class AlreadyDeceased(RegistryError):
    message = _("Het overlijden van deze persoon is al vastgelegd.")


class MoveBeforeCurrentResidence(RegistryError):
    message = _("De verhuisdatum ligt vóór de datum waarop deze persoon op het huidige adres kwam wonen.")


class AlreadyLivesThere(RegistryError):
    message = _("Deze persoon woont al op dit adres.")


class PartnershipWithSelf(RegistryError):
    message = _("Iemand kan geen huwelijk of partnerschap met zichzelf aangaan.")


class PartnerDeceased(RegistryError):
    message = _("Met een overleden persoon kan geen huwelijk of partnerschap worden aangegaan.")


class AlreadyPartnered(RegistryError):
    message = _("Deze persoon is al getrouwd of heeft al een geregistreerd partnerschap.")


class FieldNotCorrectable(RegistryError):
    message = _("Dit gegeven kan niet op deze manier worden gecorrigeerd.")


class InvalidValue(RegistryError):
    message = _("Deze waarde is niet geldig.")
