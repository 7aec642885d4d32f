from ..api.models import BrpApiClient, BrpApiPurpose
from .address import Address
from .codes import CountryCode, MunicipalityCode, NationalityCode
from .event import CivilStatusEvent
from .person import Person, PersonNationality
from .relationship import Relationship
from .residence import ForeignResidence, Residence

__all__ = [
    "Address",
    "BrpApiClient",
    "BrpApiPurpose",
    "CivilStatusEvent",
    "CountryCode",
    "ForeignResidence",
    "MunicipalityCode",
    "NationalityCode",
    "Person",
    "PersonNationality",
    "Relationship",
    "Residence",
]
