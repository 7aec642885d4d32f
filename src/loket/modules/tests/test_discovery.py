"""Modules are found through the `loket.modules` entry points and filtered by the allowlist."""

import pytest
from django.conf import settings

from loket.modules.discovery import UnknownModules, discovered_modules, module_apps

FOUND = {"demo": "loket.modules.contrib.demo.apps.DemoModuleConfig", "afval": "gemeente_x.afval.apps.AfvalConfig"}


def test_the_in_tree_demo_module_is_an_entry_point_like_any_outside_package():
    assert discovered_modules()["demo"] == "loket.modules.contrib.demo.apps.DemoModuleConfig"


def test_without_an_allowlist_every_discovered_module_is_installed():
    assert module_apps(None, FOUND) == list(FOUND.values())


def test_with_an_allowlist_only_the_named_modules_are_installed():
    assert module_apps(["afval"], FOUND) == ["gemeente_x.afval.apps.AfvalConfig"]
    assert module_apps([], FOUND) == []


def test_an_allowlist_naming_a_missing_module_stops_the_start():
    with pytest.raises(UnknownModules, match="not installed: parkeren"):
        module_apps(["demo", "parkeren"], FOUND)


def test_module_apps_sit_between_the_case_layer_and_the_portal():
    apps = settings.INSTALLED_APPS
    demo = apps.index("loket.modules.contrib.demo.apps.DemoModuleConfig")
    assert apps.index("loket.components.zaken") < apps.index("loket.modules") < demo < apps.index("loket.portal")
