"""Upload safety for document content: size, the real file type, safe names, storage.

The type is read from the bytes with a small signature table rather than libmagic: we accept a
short allowlist only (pdf, png, jpeg, gif, docx, xlsx, odt, txt, xml, zip), each of which has a
fixed signature, and the table gives the same answer on every machine — libmagic is a system
library that may be missing in a container and whose answers change between versions. Office
files are zip archives; their kind is read from the archive's table of contents.

Content goes through Django's default storage (FileSystemStorage unless settings choose e.g. an S3
backend) under a generated name; the client's `bestandsnaam` is metadata only.
"""

import base64
import binascii
import io
import unicodedata
import uuid
import zipfile

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.core.files.storage import storages
from django.utils.translation import gettext as _

from loket.components.common.errors import RuleViolation

PREFIX = "documenten"
SAMPLE = 4096  # bytes read to decide the type

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"

SIGNATURES = [
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
]

# Other names clients use for the same type.
ALIASES = {
    "image/jpg": "image/jpeg",
    "image/pjpeg": "image/jpeg",
    "text/xml": "application/xml",
    "application/x-zip-compressed": "application/zip",
    "application/x-pdf": "application/pdf",
}


def _zip_kind(head: bytes, opener) -> str:
    try:
        with zipfile.ZipFile(opener()) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == ODT.encode():
                return ODT
            if "[Content_Types].xml" in names:
                if any(name.startswith("word/") for name in names):
                    return DOCX
                if any(name.startswith("xl/") for name in names):
                    return XLSX
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return "application/octet-stream"
    return "application/zip"


def _is_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        # Only a sample cut off inside a multi-byte character at its end is still text.
        if len(head) < SAMPLE or error.start < len(head) - 3:
            return False
        text = head[: error.start].decode("utf-8", errors="strict")
    return not any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f" for ch in text)


def sniff(head: bytes, opener=None) -> str:
    """The media type of content starting with `head`; `opener()` gives the whole file (zips)."""
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            return kind
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(head, opener or (lambda: io.BytesIO(head)))
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<?xml"):
        return "application/xml"
    if _is_text(head):
        return "text/plain"
    return "application/octet-stream"


def normalise(formaat: str) -> str:
    kind = formaat.split(";", 1)[0].strip().lower()
    return ALIASES.get(kind, kind)


def check_type(sniffed: str, formaat: str) -> None:
    if sniffed not in settings.LOKET_DOCUMENT_ALLOWED_TYPES:
        raise RuleViolation(
            "inhoud",
            "file-type-not-allowed",
            _(
                "Dit soort bestand nemen we niet aan. Stuur bijvoorbeeld een PDF, foto of Word-bestand."
            ),
        )
    if formaat and normalise(formaat) != sniffed:
        raise RuleViolation(
            "formaat",
            "formaat-mismatch",
            _("Het formaat past niet bij de inhoud van het bestand."),
        )


def check_size(size: int, name: str = "inhoud") -> None:
    if size > settings.LOKET_DOCUMENT_MAX_SIZE:
        raise RuleViolation(
            name,
            "file-too-large",
            _("Het bestand is te groot. Het mag hoogstens %(max)s MB zijn.")
            % {"max": settings.LOKET_DOCUMENT_MAX_SIZE // (1024 * 1024)},
        )


def check_bestandsnaam(name: str) -> None:
    """A file name, never a path: no separators, no `..`, no NUL or other control characters."""
    if not name:
        return
    bad = (
        "/" in name
        or "\\" in name
        or name in (".", "..")
        or name.startswith("~")
        or (len(name) > 1 and name[1] == ":")
        or any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name)
    )
    if bad:
        raise RuleViolation(
            "bestandsnaam",
            "invalid-bestandsnaam",
            _("Geef alleen een bestandsnaam, zonder map of vreemde tekens."),
        )


def decode_base64(value: str) -> bytes:
    # Reject before decoding what cannot fit: 4 base64 characters carry 3 bytes.
    if len(value) > (settings.LOKET_DOCUMENT_MAX_SIZE + 2) // 3 * 4 + 4:
        check_size(settings.LOKET_DOCUMENT_MAX_SIZE + 1)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise RuleViolation(
            "inhoud", "invalid-base64", _("De inhoud is geen geldige base64-tekst.")
        ) from None


def checked_content(data: bytes, formaat: str) -> str:
    """Size and type of uploaded bytes; returns the sniffed type."""
    check_size(len(data))
    if not data:
        return "application/octet-stream"
    kind = sniff(data[:SAMPLE], lambda: io.BytesIO(data))
    check_type(kind, formaat)
    return kind


def _storage():
    """Documents have a storage of their own, never served as /media/: only the API and the
    portal hand them out, after their checks."""
    return storages["documents"]


def new_name() -> str:
    return f"{PREFIX}/{uuid.uuid4().hex}"


def store_bytes(data: bytes) -> str:
    return _storage().save(new_name(), ContentFile(data))


def store_file(handle) -> str:
    return _storage().save(new_name(), File(handle))


def open_content(name: str):
    return _storage().open(name, "rb")


def delete(*names: str) -> None:
    for name in names:
        if name:
            _storage().delete(name)
