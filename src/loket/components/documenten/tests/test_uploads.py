"""Upload safety (nothing stored on a bad upload) and the chunked upload with bestandsdelen."""

import io
import zipfile

import pytest

from loket.components.documenten.models import BestandsDeel, EnkelvoudigInformatieObject, Versie

from .conftest import DOCS, PDF, PNG, b64, body, invalid, path, run_own, stored_files


@pytest.fixture
def setup(docs, utrecht):
    iot = docs.iot(utrecht)
    return iot, docs.client([utrecht], [iot])


def nothing_stored():
    assert not EnkelvoudigInformatieObject.all_municipalities.exists()
    assert not Versie.all_municipalities.exists()
    assert stored_files() == []


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"inhoud": "niet base64!"}, {"inhoud": "invalid-base64"}),
        (
            {"inhoud": b64(b"MZ\x90\x00\x03" + bytes(range(256)))},
            {"inhoud": "file-type-not-allowed"},
        ),
        ({"formaat": "image/png"}, {"formaat": "formaat-mismatch"}),  # the bytes are a PDF
        ({"bestandsomvang": 3}, {"bestandsomvang": "file-size"}),
        ({"bestandsnaam": "../../etc/passwd"}, {"bestandsnaam": "invalid-bestandsnaam"}),
        ({"bestandsnaam": "/etc/passwd"}, {"bestandsnaam": "invalid-bestandsnaam"}),
        ({"bestandsnaam": "map\\brief.pdf"}, {"bestandsnaam": "invalid-bestandsnaam"}),
        ({"bestandsnaam": "brief\x00.pdf"}, {"bestandsnaam": "null_characters_not_allowed"}),
        ({"bestandsnaam": "brief\n.pdf"}, {"bestandsnaam": "invalid-bestandsnaam"}),
        ({"bestandsnaam": ".."}, {"bestandsnaam": "invalid-bestandsnaam"}),
    ],
)
def test_bad_uploads_store_nothing(setup, overrides, expected):
    iot, api = setup
    assert invalid(api.post(DOCS, body(iot, **overrides))) == expected
    nothing_stored()


def test_too_large_stores_nothing(setup, settings):
    iot, api = setup
    settings.LOKET_DOCUMENT_MAX_SIZE = 20
    assert invalid(api.post(DOCS, body(iot))) == {"inhoud": "file-too-large"}
    # Announced too large for a chunked upload as well.
    assert invalid(api.post(DOCS, body(iot, inhoud=None, bestandsomvang=21))) == {
        "bestandsomvang": "file-too-large"
    }
    nothing_stored()


@pytest.mark.parametrize(
    ("data", "formaat", "kind"),
    [
        (PNG, "image/png", "image/png"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 16, "image/jpg", "image/jpeg"),
        (b"GIF89a" + b"\x00" * 8, "", "image/gif"),
        (b'<?xml version="1.0"?><a/>', "text/xml", "application/xml"),
        ("Gewone tekst, met één accent.\n".encode(), "text/plain; charset=utf-8", "text/plain"),
        (None, "", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ],
)
def test_allowed_types_are_sniffed(setup, data, formaat, kind):
    iot, api = setup
    data = docx() if data is None else data
    response = api.post(DOCS, body(iot, inhoud=b64(data), formaat=formaat, bestandsnaam="x"))
    assert response.status_code == 201, response.content
    download = api.get(path(response.json()["inhoud"]))
    assert b"".join(download.streaming_content) == data
    assert download["Content-Type"] == "application/octet-stream"  # as the standard declares
    # what it really is, kept for the resident's download (the portal serves it with that type)
    assert _stored_type(response.json()["url"]) == kind


def _stored_type(url: str) -> str:
    uuid = url.rstrip("/").rsplit("/", 1)[-1]
    return Versie.all_municipalities.filter(document__uuid=uuid).latest("versie").content_type


def test_a_type_that_lies_is_refused(setup):
    iot, api = setup
    html = b"<html><script>alert(1)</script></html>"
    # Claims to be a PNG; it is text: the claim is refused, nothing stored.
    assert invalid(api.post(DOCS, body(iot, inhoud=b64(html), formaat="image/png"))) == {
        "formaat": "formaat-mismatch"
    }
    # A PDF renamed to .png is still known as a PDF, never as what the name says.
    created = api.post(DOCS, body(iot, bestandsnaam="foto.png", formaat=""))
    download = api.get(path(created.json()["inhoud"]))
    assert download["Content-Type"] == "application/octet-stream"
    assert _stored_type(created.json()["url"]) == "application/pdf"


def test_chunked_upload(setup, settings, django_capture_on_commit_callbacks):
    iot, api = setup
    settings.LOKET_DOCUMENT_CHUNK_SIZE = 20
    created = api.post(DOCS, body(iot, inhoud=None, bestandsomvang=len(PDF)))
    assert created.status_code == 201, created.content
    data = created.json()
    lock = data["lock"]
    assert data["locked"] is True and lock
    assert data["inhoud"] is None
    parts = data["bestandsdelen"]
    assert [(p["volgnummer"], p["omvang"], p["voltooid"]) for p in parts] == [
        (1, 20, False),
        (2, 20, False),
        (3, len(PDF) - 40, False),
    ]
    url = path(data["url"])
    # Unlocking before every part is there is refused.
    assert invalid(api.post(f"{url}/unlock", {"lock": lock})) == {
        "nonFieldErrors": "incomplete-upload"
    }
    chunks = [PDF[:20], PDF[20:40], PDF[40:]]

    def put(part, chunk, key=lock):
        return api.put(
            path(part["url"]),
            {"inhoud": io.BytesIO(chunk), "lock": key},
            format="multipart",
        )

    assert invalid(put(parts[0], chunks[0], key="fout")) == {"lock": "incorrect-lock-id"}
    assert invalid(put(parts[0], chunks[0] + b"x")) == {"inhoud": "file-size"}
    for part, chunk in zip(parts, chunks, strict=True):
        response = put(part, chunk)
        assert response.status_code == 200, response.content
        assert response.json()["voltooid"] is True
    with django_capture_on_commit_callbacks() as callbacks:
        assert api.post(f"{url}/unlock", {"lock": lock}).status_code == 204
    run_own(callbacks)
    document = api.get(url).json()
    assert document["locked"] is False and document["bestandsdelen"] == []
    assert document["bestandsomvang"] == len(PDF)
    download = api.get(path(document["inhoud"]))
    assert b"".join(download.streaming_content) == PDF
    assert _stored_type(document["url"]) == "application/pdf"
    assert not BestandsDeel.all_municipalities.exists()
    assert len(stored_files()) == 1  # the parts are gone, the whole file stays


def test_chunked_upload_that_lies_is_refused(setup, settings):
    iot, api = setup
    settings.LOKET_DOCUMENT_CHUNK_SIZE = 100
    executable = b"MZ\x90\x00" + bytes(range(200, 256))
    created = api.post(
        DOCS, body(iot, inhoud=None, bestandsomvang=len(executable), formaat="application/pdf")
    ).json()
    part = created["bestandsdelen"][0]
    api.put(
        path(part["url"]),
        {"inhoud": io.BytesIO(executable), "lock": created["lock"]},
        format="multipart",
    )
    response = api.post(f"{path(created['url'])}/unlock", {"lock": created["lock"]})
    assert invalid(response) == {"inhoud": "file-type-not-allowed"}
    assert api.get(path(created["url"])).json()["locked"] is True
    assert len(stored_files()) == 1  # only the uploaded part, no assembled file


def test_forced_unlock_drops_an_unfinished_upload(setup, docs, utrecht, settings):
    iot, api = setup
    settings.LOKET_DOCUMENT_CHUNK_SIZE = 20
    created = api.post(DOCS, body(iot, inhoud=None, bestandsomvang=len(PDF))).json()
    admin = docs.client([utrecht], [iot], scopes=("documenten.geforceerd-unlock",))
    assert admin.post(f"{path(created['url'])}/unlock", {}).status_code == 204
    document = api.get(path(created["url"])).json()
    assert document["locked"] is False and document["bestandsdelen"] == []
    assert document["bestandsomvang"] is None and document["inhoud"] is None


def test_update_with_a_new_size_starts_a_chunked_upload(setup, settings):
    iot, api = setup
    settings.LOKET_DOCUMENT_CHUNK_SIZE = 1000
    created = api.post(DOCS, body(iot)).json()
    url = path(created["url"])
    lock = api.post(f"{url}/lock").json()["lock"]
    response = api.patch(url, {"bestandsomvang": len(PNG), "lock": lock})
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["versie"] == 2 and len(data["bestandsdelen"]) == 1 and data["inhoud"] is None
    part = data["bestandsdelen"][0]
    api.put(path(part["url"]), {"inhoud": io.BytesIO(PNG), "lock": lock}, format="multipart")
    response = api.post(f"{url}/unlock", {"lock": lock})
    assert invalid(response) == {"formaat": "formaat-mismatch"}  # still claims application/pdf
    # Other changes leave the upload in progress as it is.
    assert api.patch(url, {"formaat": "image/png", "lock": lock}).json()["versie"] == 3
    assert api.post(f"{url}/unlock", {"lock": lock}).status_code == 204
    download = api.get(f"{url}/download")
    assert b"".join(download.streaming_content) == PNG
    assert b"".join(api.get(f"{url}/download", {"versie": 1}).streaming_content) == PDF
