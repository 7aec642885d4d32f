"""Switching modules on and off for a municipality and setting their options.

Each function is one transaction: the activation row, the zaaktypen in the municipality's
catalogus and an audit row change together or not at all. Switching on installs the module's
zaaktypen (published); switching off ends them, so no new cases start while existing ones
stay readable. The caller (the administrator's screen) decides who may do this.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from loket.components import facade as zgw
from loket.tenancy.context import activate

from .base import ServiceModule
from .constants import AuditAction
from .models import ModuleActivation, ModuleAuditEntry
from .registry import Registry, register
from .validation import _as_post


class ModuleActionRefused(Exception):
    """The change was not made; `message` says why, in Dutch, for the administrator."""

    def __init__(self, message: str, field_errors: dict | None = None):
        super().__init__(message)
        self.message = message
        self.field_errors = field_errors or {}


def _module(identifier: str, registry: Registry) -> ServiceModule:
    module = registry.get(identifier)
    if module is None:
        raise ModuleActionRefused(_("Deze module bestaat niet of is niet geïnstalleerd."))
    return module


def clean_options(module: ServiceModule, options: dict | None) -> dict:
    """The options, checked by the module's own options form; refused with the form's errors."""
    values = {**module.default_options(), **(options or {})}
    form = module.options_form(data=_as_post(values))
    if form is None:
        return {}
    if not form.is_valid():
        raise ModuleActionRefused(
            _("De instellingen kloppen niet. Kijk de velden hieronder na."),
            field_errors={name: [str(e) for e in errors] for name, errors in form.errors.items()},
        )
    return form.cleaned_data


def _actor_display(actor) -> str:
    if actor is None:
        return "Loket"
    return actor.get_full_name() or actor.get_username()


def _audit(municipality, module: ServiceModule, action: str, actor, **details) -> None:
    ModuleAuditEntry.objects.create(
        municipality=municipality,
        identifier=module.identifier,
        action=action,
        actor=actor,
        actor_display=_actor_display(actor),
        details={"version": module.descriptor.version, **details},
    )


def _locked_activation(municipality, identifier: str) -> ModuleActivation:
    activation = ModuleActivation.objects.select_for_update().filter(identifier=identifier).first()
    return activation or ModuleActivation(municipality=municipality, identifier=identifier)


def activate_module(
    *, municipality, identifier: str, actor=None, options: dict | None = None, registry: Registry = register
) -> ModuleActivation:
    """Switch the module on: its zaaktypen go, published, into the municipality's catalogus."""
    module = _module(identifier, registry)
    with transaction.atomic(), activate(municipality):
        activation = _locked_activation(municipality, identifier)
        cleaned = clean_options(module, options if options is not None else activation.options)
        for definition in module.descriptor.zaaktypen:
            try:
                zgw.install_zaaktype(municipality=municipality, definition=definition)
            except zgw.RuleViolation as violation:
                raise ModuleActionRefused(
                    _("De module kon niet worden aangezet: %(reason)s") % {"reason": _reason(violation)}
                ) from violation
        was_enabled = activation.enabled
        activation.enabled = True
        activation.options = cleaned
        activation.module_version = module.descriptor.version
        activation.changed_by = actor
        if not was_enabled:
            activation.enabled_since = timezone.now()
        activation.save()
        _audit(municipality, module, AuditAction.ACTIVATED, actor, options=cleaned)
    return activation


def deactivate_module(*, municipality, identifier: str, actor=None, registry: Registry = register) -> ModuleActivation:
    """Switch the module off: no new cases from today; existing cases stay readable."""
    module = _module(identifier, registry)
    with transaction.atomic(), activate(municipality):
        activation = _locked_activation(municipality, identifier)
        if activation.pk is None or not activation.enabled:
            raise ModuleActionRefused(_("Deze module staat al uit."))
        for identificatie in module.zaaktype_identificaties():
            zgw.uninstall_zaaktype(municipality=municipality, identificatie=identificatie)
        activation.enabled = False
        activation.changed_by = actor
        activation.enabled_since = None
        activation.save()
        _audit(municipality, module, AuditAction.DEACTIVATED, actor)
    return activation


def update_options(
    *, municipality, identifier: str, options: dict, actor=None, registry: Registry = register
) -> ModuleActivation:
    """New options (fees, texts) for this municipality; the module may be on or off."""
    module = _module(identifier, registry)
    with transaction.atomic(), activate(municipality):
        activation = _locked_activation(municipality, identifier)
        before = dict(activation.options or {})
        cleaned = clean_options(module, options)
        activation.options = cleaned
        activation.changed_by = actor
        activation.save()
        changed = sorted(k for k in set(before) | set(cleaned) if str(before.get(k)) != str(cleaned.get(k)))
        _audit(municipality, module, AuditAction.OPTIONS_CHANGED, actor, changed=changed, options=cleaned)
    return activation


def _reason(violation) -> str:
    return " ".join(param.reason for param in violation.params) or str(violation)
