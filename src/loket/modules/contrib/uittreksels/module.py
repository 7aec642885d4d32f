"""The descriptor: everything the platform needs to know about this module, as data."""

from loket.modules.base import Builder, Descriptor, Examples, MessageTemplate, ServiceModule
from loket.modules.facades import register

from .forms import OptionsForm
from .zaaktype import PRODUCT, ZAAKTYPE

IDENTIFIER = "uittreksels"


@register
class UittrekselsModule(ServiceModule):
    descriptor = Descriptor(
        identifier=IDENTIFIER,
        title_nl="Uittreksels en aktes",
        title_en="Uittreksels en aktes",
        version="0.1.0",
        maturity="alpha",
        builder=Builder.municipality("0599"),
        summary_nl="Uittreksels en aktes: online aanvragen bij uw gemeente.",
        summary_en="Uittreksels en aktes: apply online with your municipality.",
        questions=("identiteit-en-uittreksels",),
        products=(PRODUCT,),
        zaaktypen=(ZAAKTYPE,),
        options_form=OptionsForm,
        resident_urls="loket.modules.contrib.uittreksels.urls",
        messages=(
            MessageTemplate(
                key="received",
                subject_nl="Uw aanvraag {{ zaak.identificatie }} is ontvangen",
                body_nl="Bedankt. U hoort van ons.",
            ),
        ),
        examples=Examples(
            valid={"subject": "Een vraag", "explanation": "Ik wil graag iets regelen bij de gemeente."},
            invalid={"subject": "", "explanation": "kort"},
            invalid_fields=("subject", "explanation"),
        ),
    )
