"""The descriptor of the demo module: everything the platform needs to know, as data."""

from loket.modules.base import (
    Builder,
    Descriptor,
    Examples,
    MessageTemplate,
    ServiceModule,
    StaffTask,
)
from loket.modules.facades import register

from .forms import DemoOptionsForm
from .zaaktype import MELDING_OPENBARE_RUIMTE, PRODUCT

IDENTIFIER = "demo"


@register
class DemoModule(ServiceModule):
    descriptor = Descriptor(
        identifier=IDENTIFIER,
        title_nl="Melding openbare ruimte",
        title_en="Report a problem in a public space",
        version="1.0.0",
        maturity="beta",
        builder=Builder.company("Loket (voorbeeldmodule)"),
        summary_nl="Inwoners melden een kapotte stoep, zwerfvuil of een ander probleem op straat.",
        summary_en="Residents report a broken pavement, litter or another problem in the street.",
        questions=("mijn-buurt",),
        products=(PRODUCT,),
        zaaktypen=(MELDING_OPENBARE_RUIMTE,),
        requires=frozenset({"registry"}),
        options_form=DemoOptionsForm,
        resident_urls="loket.modules.contrib.demo.urls",
        staff_urls="loket.modules.contrib.demo.staff_urls",
        staff_tasks=(
            StaffTask("queue", "Meldingen openbare ruimte", "Public space reports"),
            StaffTask("detail", "Melding bekijken", "View a report", takes_zaak=True),
        ),
        messages=(
            MessageTemplate(
                key="received",
                subject_nl="Uw melding {{ zaak.identificatie }} is ontvangen",
                body_nl="Bedankt voor uw melding. Binnen {{ options.reply_days }} werkdagen hoort u van ons.",
                subject_en="We received your report {{ zaak.identificatie }}",
                body_en="Thank you for your report. You will hear from us within {{ options.reply_days }} working days.",
            ),
        ),
        examples=Examples(
            valid={
                "category": "bestrating",
                "location": "Oudegracht 200",
                "description": "Er ligt een losse stoeptegel voor de deur.",
            },
            invalid={"category": "raket", "location": "", "description": "kapot"},
            invalid_fields=("category", "location", "description"),
        ),
    )
