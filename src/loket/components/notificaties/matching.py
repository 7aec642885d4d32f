"""Which kenmerken fit a kanaal, and which notifications an abonnement's filters let through."""

WILDCARD = "*"


def kenmerken_fit_kanaal(names, kanaal_filters) -> bool:
    """A published notification names the kanaal's kenmerken: all of them, or only some of them
    (as Open Notificaties accepts: one set contains the other)."""
    names, allowed = set(names), set(kanaal_filters)
    return names <= allowed or allowed <= names


def unknown_filter_names(filters: dict, kanaal_filters) -> list[str]:
    """Filter keys of an abonnement that the kanaal does not know."""
    return sorted(set(filters) - set(kanaal_filters))


def filters_match(filters: dict, kenmerken: dict) -> bool:
    """Every filter either is "*" or equals the notification's kenmerk of that name.

    A filter on a kenmerk the notification does not carry does not exclude it (as in the
    standard's reference implementation)."""
    for key, wanted in filters.items():
        if key in kenmerken and wanted != WILDCARD and wanted != kenmerken[key]:
            return False
    return True
