"""Helpers for the module's tests: relatives in the registry, and a resident paying an order."""

import re

from django.apps import apps
from django.urls import reverse


def add_relative(resident_bsn: str, bsn: str, *, kind: str, birth_date: str, first: str = "Kim",
                 death_date: str = "") -> None:
    Person = apps.get_model("registry", "Person")
    Relationship = apps.get_model("registry", "Relationship")
    resident = Person.objects.get(bsn=resident_bsn)
    other = Person.objects.create(bsn=bsn, first_names=first, surname=resident.surname, birth_date=birth_date,
                                  death_date=death_date)
    Relationship.objects.create(person=resident, kind=kind, related_person=other, bsn=bsn,
                                first_names=first, surname=resident.surname, birth_date=birth_date)


def order_and_pay(client, outcome: str = "paid", data=None):
    """Submit the form, press Betalen, answer the development provider: the response of the return page."""
    data = data or {"product": "brp", "variant": "history", "for_whom": "self"}
    response = client.post(reverse("uittreksels:start"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    order_url = response["Location"]
    checkout = client.post(order_url)
    assert checkout.status_code == 302
    back = client.post(checkout["Location"], {"outcome": outcome})
    assert back.status_code == 302
    return order_url, client.get(back["Location"])


def code_of(html: str) -> str:
    return re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", html).group(0)
