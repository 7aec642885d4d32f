"""Fixed values of the catalogue: where UPL identifiers live and which product types exist."""

UPL_URI_PREFIX = "http://standaarden.overheid.nl/owms/terms/"

# UPL columns that say what kind of product it is (a product can be several).
PRODUCT_TYPE_COLUMNS = {
    "Aanvraag": "is_application",
    "Melding": "is_notification",
    "Verplichting": "is_obligation",
    "Subsidie": "is_subsidy",
}


def upl_id(uri: str) -> str:
    """The short UPL id used in the curated files: the URI without its common prefix."""
    return uri.removeprefix(UPL_URI_PREFIX)


def upl_uri(short_id: str) -> str:
    return short_id if short_id.startswith("http") else UPL_URI_PREFIX + short_id
