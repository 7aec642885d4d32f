"""Registering an API client: the token is printed once and only its hash is kept."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from loket.registry.api.models import BrpApiClient
from loket.registry.api.tokens import hash_token

from .haalcentraal_support import URL


def test_register_prints_a_working_token_once(db, client, rotterdam):
    out = StringIO()
    call_command(
        "register_brp_api_client",
        "Zaaksysteem Rotterdam",
        "--purpose",
        "BRPACT-AlgemeneTaken=Afhandelen van zaken",
        "--municipality",
        "0599",
        stdout=out,
    )
    token = out.getvalue().strip().splitlines()[-1]
    registered = BrpApiClient.objects.get(name="Zaaksysteem Rotterdam")
    assert registered.token_hash == hash_token(token)
    assert token not in {registered.token_hash, registered.token_hint}
    assert list(registered.municipalities.values_list("code", flat=True)) == ["0599"]
    purpose = registered.purposes.get()
    assert (purpose.code, purpose.description) == ("BRPACT-AlgemeneTaken", "Afhandelen van zaken")

    response = client.post(
        URL,
        {
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": ["999993653"],
            "fields": ["naam"],
        },
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
        HTTP_X_DOELBINDING="BRPACT-AlgemeneTaken",
    )
    assert response.status_code == 200
    assert response.json() == {"type": "RaadpleegMetBurgerservicenummer", "personen": []}


def test_register_refuses_a_duplicate_name_and_an_unknown_municipality(db):
    call_command("register_brp_api_client", "Koppeling", "--purpose", "X", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("register_brp_api_client", "Koppeling", "--purpose", "X", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command(
            "register_brp_api_client",
            "Ander",
            "--purpose",
            "X",
            "--municipality",
            "9999",
            stdout=StringIO(),
        )
