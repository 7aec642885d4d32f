"""Installing a module's zaaktype definition into a municipality's catalogus, and switching it off.

- install: creates the catalogus if the municipality has none (its RSIN is required), builds the
  zaaktype with all its types in one transaction and publishes it. The same definition again
  changes nothing. A changed definition becomes a new version from today; the previous version
  ends the day before (a published type is never edited, ztc-009). A version superseded on the
  day it began ends before its begin: it is valid on no day, its zaken stay readable.
- uninstall: ends the current version today. The platform takes no new zaken of a version on or
  after its end date; existing zaken stay readable. Nothing is deleted. Installing the same
  definition again afterwards re-opens that version (same URL, so autorisaties keep working).
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loket.components.common.errors import RuleViolation
from loket.tenancy.models import Municipality

from . import services
from .definitions import ZaaktypeDefinition, to_timedelta, to_vertrouwelijkheid
from .models import Catalogus, InformatieObjectType, ZaakType
from .selectors import accepting_version

DOMEIN = "ZAKEN"
ONE_DAY = datetime.timedelta(days=1)


def _catalogus(municipality: Municipality) -> Catalogus:
    found = Catalogus.all_municipalities.filter(municipality=municipality).first()
    if found is not None:
        return found
    return services.create_catalogus(
        municipality,
        domein=DOMEIN,
        rsin=municipality.rsin,
        naam=_("Zaaktypecatalogus %(gemeente)s") % {"gemeente": municipality.name},
        contactpersoon_beheer_naam=_("Functioneel beheer")[:40],
        begindatum_versie=timezone.localdate(),
    )


def _require_rsin(municipality: Municipality) -> None:
    if not municipality.rsin:
        raise RuleViolation(
            "rsin",
            "municipality-without-rsin",
            _(
                "Gemeente %(gemeente)s heeft nog geen RSIN. Vul eerst het RSIN van de gemeente in; "
                "zonder RSIN kan er geen zaaktypecatalogus worden gemaakt."
            )
            % {"gemeente": municipality.name},
        )


@transaction.atomic
def install(*, municipality: Municipality, definition: ZaaktypeDefinition) -> ZaakType:
    problems = definition.problems()
    if problems:
        first, *more = problems
        raise RuleViolation(first.name, first.code, first.reason, *more)
    _require_rsin(municipality)
    # One install at a time per municipality: concurrent switches must not make two versions.
    Municipality.objects.select_for_update().filter(pk=municipality.pk).first()
    catalogus = _catalogus(municipality)
    today = timezone.localdate()
    fingerprint = definition.fingerprint()

    versions = list(
        ZaakType.all_municipalities.select_for_update()
        .filter(catalogus=catalogus, identificatie=definition.identificatie, concept=False)
        .order_by("begin_geldigheid", "pk")
    )
    latest = versions[-1] if versions else None
    if latest is not None and latest.definition_fingerprint == fingerprint:
        if latest.einde_geldigheid is not None:
            services.end_zaaktype_version(latest, None)
        return latest

    for version in versions:
        if version.einde_geldigheid is None or version.einde_geldigheid >= today:
            services.end_zaaktype_version(version, today - ONE_DAY, allow_before_begin=True)
    zaaktype = _build(municipality, catalogus, definition, today, fingerprint)
    return services.publish_zaaktype(zaaktype)


@transaction.atomic
def uninstall(*, municipality: Municipality, identificatie: str) -> None:
    catalogus = Catalogus.all_municipalities.filter(municipality=municipality).first()
    if catalogus is None:
        return
    today = timezone.localdate()
    open_versions = ZaakType.all_municipalities.select_for_update().filter(
        catalogus=catalogus, identificatie=identificatie, concept=False
    )
    for version in open_versions:
        if version.einde_geldigheid is None or version.einde_geldigheid > today:
            services.end_zaaktype_version(version, max(today, version.begin_geldigheid))


def zaaktype_for(
    municipality: Municipality, identificatie: str, on: datetime.date | None = None
) -> ZaakType | None:
    return accepting_version(municipality, identificatie, on or timezone.localdate())


def _build(
    municipality: Municipality,
    catalogus: Catalogus,
    d: ZaaktypeDefinition,
    today: datetime.date,
    fingerprint: str,
) -> ZaakType:
    zaaktype = services.create_zaaktype(
        catalogus,
        identificatie=d.identificatie,
        omschrijving=d.omschrijving,
        omschrijving_generiek=d.omschrijving_generiek,
        vertrouwelijkheidaanduiding=to_vertrouwelijkheid(d.vertrouwelijkheidaanduiding),
        doel=d.doel,
        aanleiding=d.aanleiding,
        toelichting=d.toelichting,
        indicatie_intern_of_extern=d.indicatie_intern_of_extern,
        handeling_initiator=d.handeling_initiator,
        onderwerp=d.onderwerp,
        handeling_behandelaar=d.handeling_behandelaar,
        doorlooptijd=to_timedelta(d.doorlooptijd),
        servicenorm=to_timedelta(d.servicenorm),
        opschorting_en_aanhouding_mogelijk=d.opschorting_en_aanhouding_mogelijk,
        verlenging_mogelijk=d.verlenging_mogelijk,
        verlengingstermijn=to_timedelta(d.verlengingstermijn),
        trefwoorden=list(d.trefwoorden),
        publicatie_indicatie=d.publicatie_indicatie,
        publicatietekst=d.publicatietekst,
        producten_of_diensten=list(d.producten_of_diensten),
        selectielijst_procestype=d.selectielijst_procestype,
        referentieproces_naam=d.referentieproces_naam,
        verantwoordelijke=(d.verantwoordelijke or municipality.name)[:50],
        begin_geldigheid=today,
        versiedatum=today,
        definition_fingerprint=fingerprint,
    )
    statustypen = {}
    for s in d.statustypen:
        statustypen[s.volgnummer] = services.add_statustype(
            zaaktype,
            volgnummer=s.volgnummer,
            omschrijving=s.omschrijving,
            omschrijving_generiek=s.omschrijving_generiek,
            statustekst=s.statustekst,
            informeren=s.informeren,
            doorlooptijd=to_timedelta(s.doorlooptijd),
            toelichting=s.toelichting,
        )
    for r in d.resultaattypen:
        services.add_resultaattype(
            zaaktype,
            omschrijving=r.omschrijving,
            resultaattypeomschrijving=r.resultaattypeomschrijving,
            selectielijstklasse=r.selectielijstklasse,
            archiefnominatie=r.archiefnominatie,
            archiefactietermijn=to_timedelta(r.archiefactietermijn),
            brondatum_afleidingswijze=r.brondatum_afleidingswijze,
            brondatum_procestermijn=to_timedelta(r.brondatum_procestermijn),
            toelichting=r.toelichting,
        )
    for r in d.roltypen:
        services.add_roltype(
            zaaktype, omschrijving=r.omschrijving, omschrijving_generiek=r.omschrijving_generiek
        )
    for e in d.eigenschappen:
        spec = e.specificatie
        services.add_eigenschap(
            zaaktype,
            naam=e.naam,
            definitie=e.definitie,
            toelichting=e.toelichting,
            specificatie_groep=spec.groep,
            specificatie_formaat=spec.formaat,
            specificatie_lengte=spec.lengte,
            specificatie_kardinaliteit=spec.kardinaliteit,
            specificatie_waardenverzameling=list(spec.waardenverzameling),
        )
    for i in d.informatieobjecttypen:
        services.add_zaaktype_informatieobjecttype(
            zaaktype,
            informatieobjecttype=_informatieobjecttype(catalogus, i, today),
            volgnummer=i.volgnummer,
            richting=i.richting,
            statustype=statustypen.get(i.statustype_volgnummer),
        )
    return zaaktype


def _informatieobjecttype(catalogus: Catalogus, i, today: datetime.date) -> InformatieObjectType:
    """The catalogus' current published document type of this omschrijving, or a new version."""
    vertrouwelijkheid = int(to_vertrouwelijkheid(i.vertrouwelijkheidaanduiding))
    categorie = i.informatieobjectcategorie or i.omschrijving
    versions = list(
        InformatieObjectType.all_municipalities.select_for_update()
        .filter(catalogus=catalogus, omschrijving=i.omschrijving, concept=False)
        .order_by("begin_geldigheid", "pk")
    )
    current = [
        v
        for v in versions
        if v.begin_geldigheid <= today
        and (v.einde_geldigheid is None or v.einde_geldigheid > today)
    ]
    if current and (
        current[-1].vertrouwelijkheidaanduiding == vertrouwelijkheid
        and current[-1].informatieobjectcategorie == categorie
    ):
        return current[-1]
    for version in versions:
        if version.einde_geldigheid is None or version.einde_geldigheid >= today:
            services.end_informatieobjecttype_version(version, today - ONE_DAY)
    created = services.create_informatieobjecttype(
        catalogus,
        omschrijving=i.omschrijving,
        vertrouwelijkheidaanduiding=vertrouwelijkheid,
        informatieobjectcategorie=categorie,
        begin_geldigheid=today,
    )
    return services.publish_informatieobjecttype(created)
