"""The descriptor: everything the platform needs to know about this module, as data."""

from loket.modules.base import (
    Builder,
    CasePanel,
    Descriptor,
    Examples,
    MessageTemplate,
    ServiceModule,
    StaffTask,
)
from loket.modules.facades import register

from .forms import OptionsForm
from .zaaktype import PRODUCT, ZAAKTYPE

IDENTIFIER = "verhuizen"


@register
class VerhuizenModule(ServiceModule):
    descriptor = Descriptor(
        identifier=IDENTIFIER,
        title_nl="Verhuizing doorgeven",
        title_en="Report a move",
        version="1.0.0",
        maturity="beta",
        builder=Builder.municipality("0344"),
        summary_nl=(
            "Geef uw nieuwe adres door, ook naar een andere gemeente, voor uzelf en wie met u "
            "meeverhuist. Woont er al iemand? Die geeft toestemming in Mijn Loket."
        ),
        summary_en=(
            "Report your new address, also in another municipality, for yourself and who moves "
            "with you. Someone lives there already? They consent in Mijn Loket."
        ),
        questions=("verhuizen",),
        products=(PRODUCT,),
        zaaktypen=(ZAAKTYPE,),
        requires=frozenset({"registry"}),
        options_form=OptionsForm,
        resident_urls="loket.modules.contrib.verhuizen.urls",
        staff_urls="loket.modules.contrib.verhuizen.staff_urls",
        case_panel=CasePanel("loket.modules.contrib.verhuizen.staff_views.case_panel", "Verhuizing beoordelen", "Decide on a move", decides=True),
        staff_tasks=(
            StaffTask("queue", "Verhuizingen", "Moves"),
            StaffTask("detail", "Verhuizing beoordelen", "Decide on a move", takes_zaak=True),
            StaffTask("departures", "Vertrokken inwoners", "Residents who left"),
        ),
        messages=(
            MessageTemplate(
                key="received",
                subject_nl="Uw verhuizing {{ zaak.identificatie }} is ontvangen",
                body_nl="Bedankt. U krijgt een bericht als uw nieuwe adres is vastgelegd.",
                subject_en="We received your move {{ zaak.identificatie }}",
                body_en="Thank you. You will get a message when your new address is recorded.",
            ),
        ),
        examples=Examples(
            # The kit fills in a free address in the resident's own municipality (conformance.py).
            valid={"postcode": "", "huisnummer": "", "verhuisdatum": ""},
            invalid={"postcode": "12", "huisnummer": "nul", "verhuisdatum": "gisteren"},
            invalid_fields=("postcode", "huisnummer", "verhuisdatum"),
        ),
        extra={
            "conformance_prepare": "loket.modules.contrib.verhuizen.conformance.prepare",
            "conformance_submit": "loket.modules.contrib.verhuizen.conformance.submit",
        },
    )
