"""`loket startmodule NAME` makes a module that passes the kit at once."""

import sys

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import override_settings

from loket.modules.conformance import checks, world
from loket.modules.registry import register
from loket.modules.scaffold import create_module


@pytest.fixture
def generated(tmp_path, catalogue):
    """A module made by startmodule in tmp_path, loaded as an installed app for this test only."""
    new = create_module("afvalpas-aanvragen", directory=tmp_path, title="Afvalpas aanvragen", municipality_code="0344")
    sys.path.insert(0, str(tmp_path))
    try:
        with register.temporarily(), override_settings(
            INSTALLED_APPS=[*settings.INSTALLED_APPS, f"{new.package}.apps.ModuleConfig"]
        ):
            yield register["afvalpas-aanvragen"]
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n == new.package or n.startswith(f"{new.package}.")]:
            del sys.modules[name]


def test_a_generated_module_passes_every_check_of_the_kit(generated):
    checks.check_descriptor(generated)
    checks.check_catalogue(generated)
    for check in (
        checks.check_install_uninstall,
        checks.check_resident_form,
        checks.check_happy_path,
        checks.check_bad_input,
        checks.check_processing_log,
        checks.check_isolation,
    ):
        with world.build(generated) as built:
            check(built)


def test_the_generated_module_is_gone_after_the_test():
    assert "afvalpas-aanvragen" not in register


def test_the_command_writes_the_folder_and_says_what_to_do_next(tmp_path, capsys):
    call_command("startmodule", "parkeren", "--directory", str(tmp_path), "--supplier", "Acme")
    assert (tmp_path / "parkeren" / "module.py").read_text().count('Builder.company("Acme")') == 1 or (
        "Builder.company('Acme')" in (tmp_path / "parkeren" / "module.py").read_text()
    )
    assert (tmp_path / "parkeren" / "templates" / "parkeren" / "start.html").exists()
    assert 'parkeren = "parkeren.apps.ModuleConfig"' in capsys.readouterr().out


def test_the_command_refuses_a_bad_name_or_an_existing_folder(tmp_path):
    with pytest.raises(CommandError, match="kebab-case"):
        call_command("startmodule", "Mijn Module", "--directory", str(tmp_path))
    call_command("startmodule", "twee", "--directory", str(tmp_path))
    with pytest.raises(CommandError, match="already exists"):
        call_command("startmodule", "twee", "--directory", str(tmp_path))
