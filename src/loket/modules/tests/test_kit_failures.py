"""The kit does not just pass: it fails, with a reason, when a module misbehaves."""

import dataclasses

import pytest

from loket.modules.conformance import checks, world
from loket.modules.contrib.demo.module import DemoModule


def variant(**examples):
    class Variant(DemoModule):
        descriptor = dataclasses.replace(
            DemoModule.descriptor, examples=dataclasses.replace(DemoModule.descriptor.examples, **examples)
        )

    return Variant()


def test_input_the_module_accepts_is_reported_as_not_refused(db):
    module = variant(invalid=DemoModule.descriptor.examples.valid)
    with world.build(module) as built, pytest.raises(checks.ConformanceError) as failure:
        checks.check_bad_input(built)
    assert "examples.invalid was accepted (the form redirected)" in str(failure.value)
    assert "examples.invalid stored something" in str(failure.value)


def test_input_the_module_refuses_is_reported_as_no_happy_path(db):
    module = variant(valid={"category": "bestrating", "location": "", "description": "Losse tegel bij de bank"})
    with world.build(module) as built, pytest.raises(checks.ConformanceError) as failure:
        checks.check_happy_path(built)
    assert "submitting examples.valid did not make exactly one zaak" in str(failure.value)
    assert "form error on location: Vul in waar het probleem is." in str(failure.value)
