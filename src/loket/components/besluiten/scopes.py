"""The scopes of the Besluiten API (names exactly as in the standard's OAS)."""

BESLUITEN_LEZEN = "besluiten.lezen"
BESLUITEN_AANMAKEN = "besluiten.aanmaken"
BESLUITEN_BIJWERKEN = "besluiten.bijwerken"
BESLUITEN_VERWIJDEREN = "besluiten.verwijderen"
AUDITTRAILS_LEZEN = "audittrails.lezen"
