"""The descriptor: everything the platform needs to know about this module, as data."""

from loket.modules.base import Builder, Descriptor, Examples, MessageTemplate, ServiceModule
from loket.modules.facades import register

from .forms import OptionsForm
from .zaaktype import PRODUCT, ZAAKTYPE

IDENTIFIER = "overlijden"


@register
class OverlijdenModule(ServiceModule):
    descriptor = Descriptor(
        identifier=IDENTIFIER,
        title_nl="Overlijden aangeven",
        title_en="Overlijden aangeven",
        version="0.1.0",
        maturity="alpha",
        builder=Builder.municipality("0363"),
        summary_nl="Overlijden aangeven: online aanvragen bij uw gemeente.",
        summary_en="Overlijden aangeven: apply online with your municipality.",
        questions=("overlijden",),
        products=(PRODUCT,),
        zaaktypen=(ZAAKTYPE,),
        options_form=OptionsForm,
        resident_urls="loket.modules.contrib.overlijden.urls",
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
