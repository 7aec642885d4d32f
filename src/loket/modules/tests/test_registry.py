"""The registry refuses what cannot work; system checks and the kit report a broken descriptor."""

import dataclasses

import pytest

from loket.modules.checks import check_module_descriptors
from loket.modules.conformance.checks import ConformanceError, check_descriptor
from loket.modules.contrib.demo.module import DemoModule
from loket.modules.registry import RegistrationError, Registry, register


def broken_module(**changes):
    class Broken(DemoModule):
        descriptor = dataclasses.replace(DemoModule.descriptor, identifier="kapot", **changes)

    return Broken()


def test_the_demo_module_is_registered_from_its_app():
    assert register["demo"].descriptor.title_nl == "Melding openbare ruimte"


def test_a_second_module_with_the_same_identifier_is_refused():
    registry = Registry()
    registry(DemoModule)
    with pytest.raises(RegistrationError, match="Two modules use the identifier 'demo'"):
        registry(DemoModule)


def test_an_identifier_that_is_not_kebab_case_is_refused():
    class Wrong(DemoModule):
        descriptor = dataclasses.replace(DemoModule.descriptor, identifier="Melding_Openbare")

    with pytest.raises(RegistrationError, match="kebab-case"):
        Registry()(Wrong)


def test_a_broken_descriptor_stops_the_start_with_a_system_check_error():
    module = broken_module(version="één", maturity="gold", products=("verhuismelding",), zaaktypen=())
    with register.temporarily(module):
        errors = check_module_descriptors()
    messages = [e.msg for e in errors if e.id == "modules.E001"]
    assert "Module 'kapot': version 'één' is not a semantic version such as 1.0.0." in messages
    assert "Module 'kapot': maturity 'gold' is not one of alpha, beta, stable." in messages
    assert any("'verhuismelding' is not a UPL URI" in m for m in messages)
    assert any("zaaktypen is empty" in m for m in messages)
    assert check_module_descriptors() == []  # the registry is as before


def test_the_kit_fails_a_broken_descriptor_with_a_clear_message():
    zaaktype = dataclasses.replace(DemoModule.descriptor.zaaktypen[0], statustypen=(), roltypen=())
    module = broken_module(zaaktypen=(zaaktype,), resident_urls="bestaat.niet.urls")
    with pytest.raises(ConformanceError) as failure:
        check_descriptor(module)
    message = str(failure.value)
    assert message.startswith("Module 'kapot' fails the conformance kit: invalid descriptor:")
    assert "zaaktype LOKET-MELDING-OPENBARE-RUIMTE: statustypen: Een zaaktype heeft minstens één statustype." in message
    assert "no roltype with omschrijving_generiek 'initiator'" in message
    assert "resident_urls 'bestaat.niet.urls' cannot be imported" in message


def test_the_demo_descriptor_passes():
    check_descriptor(register["demo"])
