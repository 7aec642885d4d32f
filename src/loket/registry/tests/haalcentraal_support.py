"""Shared helpers of the test_haalcentraal_* modules: the RvIG test persons, a registered client,
and a contract check that every answer the tests receive matches the standard's OpenAPI file.

The contract check validates with jsonschema (OpenAPI 3.1 schemas are JSON Schema 2020-12) and
goes further than the file does on its own: it follows the `discriminator` of polymorphic schemas
(AbstractDatum, AbstractVerblijfplaats, ...) to the concrete type, and rejects properties the
schema does not declare (the file allows any extra property by default).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pytest
import yaml
from django.conf import settings
from django.core.management import call_command
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = settings.SHARED_DATA_DIR / "brp" / "brp-api-personen-openapi-resolved.yaml"
URL = "/haalcentraal/api/brp/personen"
PURPOSE = "BRPACT-AlgemeneTaken"
PURPOSE_DESCRIPTION = "Afhandelen van zaken"
LEGAL_BASIS = "AVG art. 6 lid 1 sub e; Wet BRP art. 3.3"
SPEC_URI = "urn:brp-api-personen"

SUZANNE = "999993653"  # Suzanne Moulin, Boterdiep 31, 3077AW Rotterdam


@cache
def spec() -> dict:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@cache
def _validator(name: str) -> Draft202012Validator:
    registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec(), default_specification=DRAFT202012)
    )
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#/components/schemas/{name}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def _schemas() -> dict:
    return spec()["components"]["schemas"]


def _resolve(schema: dict) -> tuple[str | None, dict]:
    name = None
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = _schemas()[name]
    return name, schema


def _properties(schema: dict) -> dict:
    _, schema = _resolve(schema)
    properties = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        properties.update(_properties(part))
    return properties


@dataclass(frozen=True, eq=False)
class Problem:
    where: str
    message: str
    keyword: str | None = None  # the JSON Schema keyword that failed, e.g. "pattern"
    value: object = None

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _errors(instance, schema_name: str, where: str) -> list[Problem]:
    return [
        Problem(
            f"{where}/{'/'.join(map(str, e.absolute_path))}", e.message, e.validator, e.instance
        )
        for e in _validator(schema_name).iter_errors(instance)
    ]


def _walk(instance, schema: dict, where: str, problems: list[Problem]) -> None:
    name, schema = _resolve(schema)
    discriminator = schema.get("discriminator")
    if discriminator and isinstance(instance, dict):
        kind = instance.get(discriminator["propertyName"])
        target = discriminator["mapping"].get(kind)
        if target is None:
            problems.append(
                Problem(where, f"unknown {discriminator['propertyName']} {kind!r} for {name}")
            )
            return
        target_name = target.rsplit("/", 1)[-1]
        problems += _errors(instance, target_name, where)
        name, schema = target_name, _schemas()[target_name]
    if isinstance(instance, list):
        items = schema.get("items", {})
        for i, item in enumerate(instance):
            _walk(item, items, f"{where}/{i}", problems)
    elif isinstance(instance, dict):
        properties = _properties(schema)
        for key, value in instance.items():
            if key not in properties:
                problems.append(Problem(f"{where}/{key}", f"not declared in {name}"))
            else:
                _walk(value, properties[key], f"{where}/{key}", problems)


def contract_problems(instance, schema_name: str) -> list[Problem]:
    problems = _errors(instance, schema_name, "$")
    _walk(instance, {"$ref": f"#/components/schemas/{schema_name}"}, "$", problems)
    return list({str(p): p for p in problems}.values())


def assert_matches_contract(response) -> dict:
    body = response.json()
    if response.status_code == 200:
        assert response["Content-Type"] == "application/json; charset=utf-8"
        schema = "PersonenQueryResponse"
    else:
        assert response["Content-Type"] == "application/problem+json"
        schema = "BadRequestFoutbericht" if response.status_code == 400 else "Foutbericht"
        assert body["status"] == response.status_code
    problems = contract_problems(body, schema)
    assert not problems, "\n".join(map(str, problems))
    return body


class BrpApi:
    """Calls the endpoint like a registered client would; every answer is checked against the contract."""

    def __init__(self, django_client, token: str, client):
        self.http = django_client
        self.token = token
        self.client = client

    def post(
        self,
        body,
        *,
        token: str | None = None,
        purpose: str | None = PURPOSE,
        headers=None,
        check=True,
    ):
        extra = {"HTTP_AUTHORIZATION": f"Bearer {token or self.token}"} if token != "" else {}
        if purpose is not None:
            extra["HTTP_X_DOELBINDING"] = purpose
        for key, value in (headers or {}).items():
            extra["HTTP_" + key.upper().replace("-", "_")] = value
        response = self.http.post(URL, body, content_type="application/json", **extra)
        if check:
            assert_matches_contract(response)
        return response

    def personen(self, body, **kwargs) -> list[dict]:
        response = self.post(body, **kwargs)
        assert response.status_code == 200, response.json()
        assert response.json()["type"] == body["type"]
        return response.json()["personen"]


def _remove_test_persons():
    from loket.registry.models import (
        Address,
        CountryCode,
        MunicipalityCode,
        NationalityCode,
        Person,
    )
    from loket.tenancy.models import Municipality

    Person.objects.all().delete()
    Address.objects.all().delete()
    for model in (CountryCode, MunicipalityCode, NationalityCode):
        model.objects.all().delete()
    Municipality.objects.all().delete()


@pytest.fixture(scope="module")
def brp_persons(django_db_setup, django_db_blocker):
    """All RvIG test persons, loaded once per module (and removed after it, so other tests start clean)."""
    with django_db_blocker.unblock():
        call_command("loaddata", "municipalities", "brp_tables", verbosity=0)
        call_command("load_test_persons", verbosity=0)
    yield
    with django_db_blocker.unblock():
        _remove_test_persons()


@pytest.fixture
def api(brp_persons, db, client):
    from loket.registry.api.services import PurposeSpec, register_client

    registered, token = register_client(
        "Zaaksysteem", [PurposeSpec(PURPOSE, PURPOSE_DESCRIPTION, LEGAL_BASIS)]
    )
    return BrpApi(client, token, registered)
