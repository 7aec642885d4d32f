"""A Haal Centraal BRP Personen compatible API (BRP API Personen 2.7.0): `POST /haalcentraal/api/brp/personen`.

Reads persons across municipalities on purpose: a national BRP query is not scoped to one
municipality (docs/adr/0002-registry-tenancy.md). Access is given by an API client with a
registered purpose (doelbinding), not by tenancy, and every call writes processing-log rows.
"""
