"""Writes of the Notificaties API: kanalen, abonnementen (audited) and published notifications.

The rules, as the standard's reference implementation has them:
- a kanaal's naam is unique;
- an abonnement names existing kanalen (`kanaal_naam`) and filters only on kenmerken its kanaal
  has (`inconsistent-abonnement-filters`); its callback URL must be one the platform may call
  (`invalid-callback-url`: no internal addresses in production);
- a published notification names an existing kanaal (`message_kanaal`) and carries its
  kenmerken (`kenmerken_inconsistent`).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from loket.components.common.errors import InvalidParam, RuleViolation
from loket.notifications.facade import enqueue
from loket.notifications.targets import check_callback_url

from .constants import KIND
from .matching import kenmerken_fit_kanaal, unknown_filter_names
from .models import Abonnement, AbonnementAudit, AbonnementKanaal, Kanaal


@dataclass(frozen=True)
class ChangedBy:
    client_id: str = ""
    gebruiker_id: str = ""


PLATFORM = ChangedBy(client_id="loket")


def _raise(problems: list[InvalidParam]) -> None:
    if problems:
        first, *more = problems
        raise RuleViolation(first.name, first.code, first.reason, *more)


# -- kanalen ----------------------------------------------------------------------------------


@transaction.atomic
def create_kanaal(*, naam: str, documentatie_link: str = "", filters: Sequence[str] = ()) -> Kanaal:
    if Kanaal.objects.filter(naam=naam).exists():
        raise RuleViolation("naam", "unique", _("Er is al een kanaal met deze naam."))
    return Kanaal.objects.create(
        naam=naam, documentatie_link=documentatie_link, filters=list(dict.fromkeys(filters))
    )


# -- abonnementen -----------------------------------------------------------------------------


def check_callback(url: str, name: str = "callbackUrl") -> None:
    try:
        check_callback_url(url)
    except ValidationError as exc:
        raise RuleViolation(name, "invalid-callback-url", " ".join(exc.messages)) from None


def snapshot(abonnement: Abonnement) -> dict:
    """The abonnement for the audit trail: never the Authorization header value."""
    return {
        "callbackUrl": abonnement.callback_url,
        "kanalen": [
            {"naam": k.kanaal.naam, "filters": k.filters}
            for k in AbonnementKanaal.objects.filter(abonnement=abonnement)
            .select_related("kanaal")
            .order_by("pk")
        ],
        "gemeenten": sorted(m.code for m in abonnement.municipalities.all()),
        "alleGemeenten": abonnement.alle_gemeenten,
    }


def _record(abonnement: Abonnement, actie: str, oud, nieuw, by: ChangedBy) -> None:
    AbonnementAudit.objects.create(
        abonnement_uuid=abonnement.uuid,
        actie=actie,
        client_id=by.client_id[:50],
        gebruiker_id=by.gebruiker_id[:255],
        oud=oud,
        nieuw=nieuw,
    )


def _resolve_kanalen(kanalen: Sequence[tuple[str, dict]]) -> list[tuple[Kanaal, dict]]:
    found = {k.naam: k for k in Kanaal.objects.filter(naam__in=[naam for naam, _f in kanalen])}
    problems, resolved = [], []
    for index, (naam, filters) in enumerate(kanalen):
        kanaal = found.get(naam)
        if kanaal is None:
            problems.append(
                InvalidParam(
                    f"kanalen.{index}.naam", "kanaal_naam", _("Er is geen kanaal met deze naam.")
                )
            )
            continue
        unknown = unknown_filter_names(filters, kanaal.filters)
        if unknown:
            problems.append(
                InvalidParam(
                    f"kanalen.{index}.filters",
                    "inconsistent-abonnement-filters",
                    _("Op deze kenmerken kunt u bij dit kanaal niet filteren: %s")
                    % ", ".join(unknown),
                )
            )
        resolved.append((kanaal, dict(filters)))
    _raise(problems)
    return resolved


@transaction.atomic
def save_abonnement(
    current: Abonnement | None,
    *,
    callback_url: str,
    auth: str,
    kanalen: Sequence[tuple[str, dict]],
    municipality_ids: Iterable[int] = (),
    alle_gemeenten: bool = False,
    by: ChangedBy = PLATFORM,
) -> Abonnement:
    """Create (current=None) or replace an abonnement. Its municipalities are set at creation
    (those of the client that makes it) and do not change afterwards."""
    check_callback(callback_url)
    resolved = _resolve_kanalen(kanalen)
    if current is None:
        municipality_ids = sorted(set(municipality_ids))
        if not municipality_ids and not alle_gemeenten:
            raise RuleViolation(
                "nonFieldErrors",
                "no-municipality",
                _("Deze applicatie hoort bij geen enkele gemeente."),
            )
        abonnement = Abonnement.objects.create(
            callback_url=callback_url,
            auth=auth,
            client_id=by.client_id[:50],
            alle_gemeenten=alle_gemeenten,
        )
        if not alle_gemeenten:
            abonnement.municipalities.set(municipality_ids)
        oud, actie = None, "create"
    else:
        abonnement = Abonnement.objects.select_for_update().get(pk=current.pk)
        oud, actie = snapshot(abonnement), "update"
        abonnement.callback_url, abonnement.auth = callback_url, auth
        abonnement.save(update_fields=["callback_url", "auth"])
        AbonnementKanaal.objects.filter(abonnement=abonnement).delete()
    AbonnementKanaal.objects.bulk_create(
        [AbonnementKanaal(abonnement=abonnement, kanaal=k, filters=f) for k, f in resolved]
    )
    _record(abonnement, actie, oud, snapshot(abonnement), by)
    return abonnement


@transaction.atomic
def delete_abonnement(abonnement: Abonnement, *, by: ChangedBy = PLATFORM) -> None:
    _record(abonnement, "destroy", snapshot(abonnement), None, by)
    abonnement.delete()


# -- notificaties -----------------------------------------------------------------------------


@transaction.atomic
def publish(message: dict, *, municipality_id: int | None) -> dict:
    """Route a notification a client publishes to the matching abonnementen (via the outbox).

    `message` is the standard's body (camelCase keys), passed on unchanged."""
    kanaal = Kanaal.objects.filter(naam=message["kanaal"]).first()
    if kanaal is None:
        raise RuleViolation("kanaal", "message_kanaal", _("Er is geen kanaal met deze naam."))
    if not kenmerken_fit_kanaal(message.get("kenmerken") or {}, kanaal.filters):
        raise RuleViolation(
            "kenmerken",
            "kenmerken_inconsistent",
            _("De kenmerken passen niet bij de filters van dit kanaal."),
        )
    enqueue(kind=KIND, payload=message, municipality_id=municipality_id)
    return message
