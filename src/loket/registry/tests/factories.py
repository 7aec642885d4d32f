"""Small builders for registry rows in tests. Real code writes through services.py."""

from itertools import count

from loket.registry.models import Address, Person, Residence
from loket.tenancy.context import activate

_numbers = count(1)
VALID_BSNS = ["999990019", "999990020", "999990032", "999990044", "999990056", "999990068"]


def make_person(bsn: str, *, first_names="Jan", surname="Jansen", birth_date="19800101", **extra) -> Person:
    return Person.objects.create(bsn=bsn, first_names=first_names, surname=surname, birth_date=birth_date, **extra)


def make_address(municipality, *, street="Dorpsstraat", postcode="1234AB", house_number=None) -> Address:
    return Address.objects.create(
        street=street,
        house_number=house_number or next(_numbers),
        postcode=postcode,
        place=municipality.name,
        municipality=municipality,
    )


def make_residence(person, address, *, valid_from="20100101") -> Residence:
    with activate(address.municipality):
        return Residence.objects.create(
            person=person, address=address, valid_from=valid_from, municipality_code=address.municipality.code
        )
