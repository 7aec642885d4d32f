"""The descriptor: everything the platform needs to know about this module, as data."""

from loket.modules.base import Builder, Descriptor, Examples, MessageTemplate, ServiceModule
from loket.modules.facades import register

from .forms import OptionsForm
from .products import UPL_PRODUCTS
from .zaaktype import ZAAKTYPE

IDENTIFIER = "uittreksels"


@register
class UittrekselsModule(ServiceModule):
    descriptor = Descriptor(
        identifier=IDENTIFIER,
        title_nl="Uittreksels en aktes",
        title_en="Extracts and certificates",
        version="1.0.0",
        maturity="beta",
        builder=Builder.municipality("0599"),
        summary_nl="Een uittreksel BRP, een akte of een bewijs van in leven zijn of Nederlanderschap: "
        "online aanvragen, betalen met iDEAL en meteen als PDF in Mijn documenten. Iedereen kan controleren of het echt is.",
        summary_en="A BRP extract, a civil-status certificate or a proof of life or Dutch nationality: "
        "request online, pay with iDEAL, and get it at once as a PDF in My documents. Anyone can check it is genuine.",
        questions=("identiteit-en-uittreksels",),
        products=UPL_PRODUCTS,
        zaaktypen=(ZAAKTYPE,),
        requires=frozenset({"registry", "documents", "payments"}),
        options_form=OptionsForm,
        resident_urls="loket.modules.contrib.uittreksels.urls",
        messages=(
            MessageTemplate(
                key="received",
                subject_nl="Uw aanvraag {{ zaak.identificatie }} is ontvangen",
                body_nl="Betaal de aanvraag. Daarna staat uw document meteen in Mijn documenten.",
                subject_en="Your request {{ zaak.identificatie }} has been received",
                body_en="Pay for the request. Your document will then be in My documents at once.",
            ),
        ),
        examples=Examples(
            valid={"product": "brp", "variant": "history", "for_whom": "self"},
            invalid={"product": "brp", "variant": "", "for_whom": ""},
            invalid_fields=("variant", "for_whom"),
        ),
    )
