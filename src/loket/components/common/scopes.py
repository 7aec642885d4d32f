"""The scopes of the Autorisaties API, per component (names exactly as in the standard's OAS)."""

ZAKEN_LEZEN = "zaken.lezen"
ZAKEN_AANMAKEN = "zaken.aanmaken"
ZAKEN_BIJWERKEN = "zaken.bijwerken"
ZAKEN_VERWIJDEREN = "zaken.verwijderen"
ZAKEN_STATUSSEN_TOEVOEGEN = "zaken.statussen.toevoegen"
ZAKEN_HEROPENEN = "zaken.heropenen"
ZAKEN_GEFORCEERD_BIJWERKEN = "zaken.geforceerd-bijwerken"
AUDITTRAILS_LEZEN = "audittrails.lezen"

CATALOGI_LEZEN = "catalogi.lezen"
CATALOGI_SCHRIJVEN = "catalogi.schrijven"
CATALOGI_GEFORCEERD_SCHRIJVEN = "catalogi.geforceerd-schrijven"
CATALOGI_GEFORCEERD_VERWIJDEREN = "catalogi.geforceerd-verwijderen"

DOCUMENTEN_LEZEN = "documenten.lezen"

ZAKEN_SCOPES = frozenset(
    {
        ZAKEN_LEZEN,
        ZAKEN_AANMAKEN,
        ZAKEN_BIJWERKEN,
        ZAKEN_VERWIJDEREN,
        ZAKEN_STATUSSEN_TOEVOEGEN,
        ZAKEN_HEROPENEN,
        ZAKEN_GEFORCEERD_BIJWERKEN,
        AUDITTRAILS_LEZEN,
    }
)
CATALOGI_SCOPES = frozenset(
    {
        CATALOGI_LEZEN,
        CATALOGI_SCHRIJVEN,
        CATALOGI_GEFORCEERD_SCHRIJVEN,
        CATALOGI_GEFORCEERD_VERWIJDEREN,
    }
)
