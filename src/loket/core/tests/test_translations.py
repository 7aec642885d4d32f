"""The English translation is complete and compiled, so nobody needs gettext to run Loket."""

import gettext
import re
from pathlib import Path

from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES"


def unescape(po_string: str) -> str:
    """A .po string literal's content (\\n, \\" …) as the text it stands for."""
    return po_string.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def po_entries(text: str):
    for block in text.split("\n\n"):
        if block.lstrip().startswith("#~"):
            continue  # obsolete entries are kept by makemessages for reference
        msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.MULTILINE)
        msgstr = re.search(r'^msgstr ((?:".*"\n?)+)', block, re.MULTILINE)
        if msgid and msgstr:
            yield block, "".join(re.findall(r'"(.*)"', msgid.group(1))), "".join(re.findall(r'"(.*)"', msgstr.group(1)))


def test_every_message_has_an_english_translation():
    text = (LOCALE / "django.po").read_text(encoding="utf-8")
    untranslated = [msgid for block, msgid, msgstr in po_entries(text) if msgid and not msgstr]
    fuzzy = [msgid for block, msgid, msgstr in po_entries(text) if msgid and "#, fuzzy" in block]
    assert not untranslated, f"untranslated: {untranslated}"
    assert not fuzzy, f"fuzzy: {fuzzy}"


def test_the_compiled_catalogue_in_the_tree_matches_the_source():
    mo = LOCALE / "django.mo"
    assert mo.exists(), "run `loket compilemessages`"
    with mo.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    text = (LOCALE / "django.po").read_text(encoding="utf-8")
    stale = [
        msgid
        for block, msgid, msgstr in po_entries(text)
        if msgid and msgstr and "msgctxt" not in block and "msgid_plural" not in block
        and compiled.gettext(unescape(msgid)) != unescape(msgstr)
    ]
    assert not stale, f"django.mo is out of date, run `loket compilemessages`: {stale[:5]}"


def test_english_is_served_from_the_compiled_catalogue():
    with translation.override("en"):
        assert translation.gettext("Naar de inhoud") == "Skip to content"
        assert translation.gettext("Regel uw zaken met de gemeente") == "Arrange your affairs with the municipality"
