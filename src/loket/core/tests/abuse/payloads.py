"""Hostile text a resident or an API client may type: markup, script, SQL, template syntax.

Each must be stored exactly as typed (it is the resident's text) and shown escaped: never as
live markup in a page.
"""

import html

PAYLOADS = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(1)>",
    "javascript:alert(document.cookie)",
    "'; DROP TABLE zaken_zaak; --",
    "' OR '1'='1",
    "1; SELECT pg_sleep(5)--",
    "{{ request.session }} {% debug %}",
    "${7*7} #{7*7}",
    "<iframe src=//evil.example></iframe>",
    "</textarea><script>alert(2)</script>",
    "Robert'); DELETE FROM registry_person;--",
]

# Markup that would be live if a payload reached the page unescaped.
LIVE_MARKUP = ["<script>alert", "<img src=x", "<svg/onload", "<iframe src", "</textarea><script>"]


def assert_shown_escaped(page: str, payload: str) -> None:
    """The page contains the payload only in its escaped form."""
    for live in LIVE_MARKUP:
        assert live not in page, f"unescaped {live!r} in the page"
    if any(ch in payload for ch in "<>\"'&"):
        assert payload not in page or payload == html.escape(payload, quote=False)
