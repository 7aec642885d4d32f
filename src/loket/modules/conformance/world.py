"""The small world the kit tests a module in: two municipalities with the module switched on,
a resident living in each, a staff member in each, and the site's URLs plus the module's.

The kit talks to the platform the way a user does: residents log in through the login
simulator, staff through Django's session. It does not import the registry: the residents are
written to the registry's tables through Django's app registry, as demo data would be.
"""

from __future__ import annotations

import types
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils.module_loading import import_string

from loket.accounts.constants import StaffRole
from loket.tenancy import resolution
from loket.tenancy.context import activate
from loket.tenancy.demo_rsin import demo_rsin
from loket.tenancy.models import Municipality

from ..base import ServiceModule
from ..registry import register
from ..services import activate_module
from ..urls import framework, module_patterns

HOME_CODE, OTHER_CODE, FRESH_CODE = "0344", "0307", "0599"  # Utrecht, Amersfoort, Rotterdam
RESIDENTS = {HOME_CODE: "999990019", OTHER_CODE: "999990020"}  # eleven-test BSNs, RvIG test range

_routing: dict[str, str] = {}


def residence_code(bsn: str) -> str | None:
    """LOKET_RESIDENCE_LOOKUP during the kit: answers from the world, so the tenant layer's
    routing does not read the registry and every registry read seen is the module's own."""
    return _routing.get(bsn)


@dataclass
class World:
    module: ServiceModule
    home: Municipality
    other: Municipality
    fresh: Municipality
    residents: dict[str, str] = field(default_factory=dict)  # municipality code -> BSN
    staff: dict[str, object] = field(default_factory=dict)

    def resident_client(self, municipality: Municipality) -> Client:
        client = Client()
        bsn = self.residents[municipality.code]
        response = client.post(reverse("authentication:simulator"), {"kind": "resident", "bsn": bsn})
        assert response.status_code == 302, f"the login simulator refused the kit's resident ({response.status_code})"
        return client

    def staff_client(self, municipality: Municipality) -> Client:
        client = Client()
        client.force_login(self.staff[municipality.code])
        return client

    def entry_url(self) -> str:
        return self.module.entry_url()


def _urlconf(module: ServiceModule) -> types.ModuleType:
    """The site's URLs with this module mounted (also for a module not in the site's URLconf)."""
    site = import_module(settings.ROOT_URLCONF) if isinstance(settings.ROOT_URLCONF, str) else settings.ROOT_URLCONF
    urlconf = types.ModuleType(f"loket_conformance_urls_{module.identifier.replace('-', '_')}")
    from django.urls import include, path

    own = [p for p in module_patterns(_only(module))]
    urlconf.urlpatterns = [*own, path("", include(framework)), *site.urlpatterns]
    return urlconf


def _only(module: ServiceModule):
    from ..registry import Registry

    registry = Registry()
    registry.add(module)
    return registry


def _resident(bsn: str, municipality: Municipality, number: int) -> None:
    Person = apps.get_model("registry", "Person")
    Address = apps.get_model("registry", "Address")
    Residence = apps.get_model("registry", "Residence")
    person, _ = Person.objects.get_or_create(
        bsn=bsn, defaults={"first_names": "Toets", "surname": f"Inwoner {municipality.name}", "birth_date": "19800101"}
    )
    if Residence.all_municipalities.filter(person=person).exists():
        return
    address = Address.objects.create(
        street="Kitstraat", house_number=number, postcode="1234AB", place=municipality.name, municipality=municipality
    )
    with activate(municipality):
        Residence.objects.create(
            person=person, address=address, valid_from="20100101", municipality_code=municipality.code
        )


@contextmanager
def build(module: ServiceModule):
    """Set up the world for `module`; undo the settings and registrations afterwards."""
    with ExitStack() as stack:
        stack.enter_context(register.temporarily(module))
        stack.enter_context(
            override_settings(
                ROOT_URLCONF=_urlconf(module),
                LOKET_RESIDENCE_LOOKUP="loket.modules.conformance.world.residence_code",
                LOKET_STAFF_REQUIRE_2FA=False,
            )
        )
        resolution._residence_lookup.cache_clear()
        stack.callback(resolution._residence_lookup.cache_clear)
        stack.callback(_routing.clear)

        if not Municipality.objects.filter(code__in=[HOME_CODE, OTHER_CODE, FRESH_CODE]).count() == 3:
            call_command("loaddata", "municipalities", verbosity=0)
        home, other, fresh = (Municipality.objects.get(code=c) for c in (HOME_CODE, OTHER_CODE, FRESH_CODE))
        for municipality in (home, other, fresh):
            if not municipality.rsin:
                municipality.rsin = demo_rsin(municipality.code)
                municipality.save(update_fields=["rsin"])
        world = World(module=module, home=home, other=other, fresh=fresh)
        User = get_user_model()
        for number, municipality in enumerate((home, other), start=1):
            bsn = RESIDENTS[municipality.code]
            _resident(bsn, municipality, number)
            _routing[bsn] = municipality.code
            world.residents[municipality.code] = bsn
            world.staff[municipality.code], _ = User.objects.get_or_create(
                username=f"kit-{municipality.code}",
                defaults={"municipality": municipality, "role": StaffRole.CASE_HANDLER},
            )
            activate_module(municipality=municipality, identifier=module.identifier)
        # A module whose valid example needs data of its own (a move: a free address in each
        # municipality) names a function in descriptor.extra["conformance_prepare"].
        prepare = module.descriptor.extra.get("conformance_prepare")
        if prepare:
            import_string(prepare)(world)
        yield world
