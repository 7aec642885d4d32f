"""The descriptor: everything the platform needs to know about this module, as data.

The second real module, and the first whose user declares for someone else: an undertaker
(eHerkenning) or a relative (DigiD) declares a death; the case lives at the municipality of
death. Read processing.py for what follows a clean declaration.
"""

from loket.modules.base import Builder, Descriptor, Examples, ServiceModule, StaffTask
from loket.modules.facades import register

from .forms import OptionsForm
from .zaaktype import PRODUCT, ZAAKTYPE

IDENTIFIER = "overlijden"


@register
class OverlijdenModule(ServiceModule):
    descriptor = Descriptor(
        identifier=IDENTIFIER,
        title_nl="Overlijden aangeven",
        title_en="Register a death",
        version="0.1.0",
        maturity="alpha",
        builder=Builder.municipality("0363"),
        summary_nl="De uitvaartondernemer of een nabestaande geeft een overlijden online aan. De gemeente maakt de akte.",
        summary_en="The undertaker or a relative registers a death online. The municipality draws up the certificate.",
        questions=("overlijden",),
        products=(PRODUCT,),
        zaaktypen=(ZAAKTYPE,),
        requires=frozenset({"registry", "documents"}),
        options_form=OptionsForm,
        resident_urls="loket.modules.contrib.overlijden.urls",
        staff_urls="loket.modules.contrib.overlijden.staff_urls",
        staff_tasks=(
            StaffTask("permissions", "Toestemming datum uitvaart", "Permission for a funeral date"),
            StaffTask("permission", "Beslissen over de datum van een uitvaart", "Decide on a funeral date", takes_zaak=True),
            StaffTask("elsewhere", "Inwoners elders overleden", "Residents who died elsewhere"),
        ),
        # The kit's residents declare the death of the other kit resident (found by surname and
        # date of birth; never oneself), present at the death, in their own municipality. Without
        # the doctor's statement the zaak waits for it, so the registry is not changed.
        examples=Examples(
            valid={
                "deceased_surname": "Inwoner",
                "deceased_birth_date": "1980-01-01",
                "death_date": "2025-03-03",
                "death_time": "10:00",
                "relation": "present",
                "funeral_kind": "begraven",
                "funeral_date": "2025-03-06",
            },
            invalid={"deceased_surname": "", "death_date": "gisteren", "funeral_kind": "zee"},
            invalid_fields=("deceased_surname", "death_date", "funeral_kind"),
        ),
    )
