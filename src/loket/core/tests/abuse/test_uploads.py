"""File names from clients are metadata only: no path reaches the storage, the download escapes them."""

import re

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile

from loket.components.documenten.tests.conftest import (
    DOCS,
    PDF,
    Docs,
    body,
    invalid,
    path,
    stored_files,
)

pytestmark = pytest.mark.django_db

TRAVERSAL_NAMES = [
    "../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "/etc/shadow",
    "C:\\boot.ini",
    "C:brief.pdf",
    "~/.ssh/authorized_keys",
    "documenten/../../settings.py",
    "brief.pdf\x00.png",
    "brief\r\nContent-Type: text/html.pdf",
    "..",
    ".",
    "a/b",
    "\u202egnp.pdf",  # right-to-left override: shows as fdp.png
]


@pytest.fixture(autouse=True)
def fresh_storage(settings):
    settings.STORAGES = {**settings.STORAGES, "documents": {"BACKEND": "django.core.files.storage.InMemoryStorage"}}
    return storages["documents"]


@pytest.fixture
def setup(zgw, utrecht):
    docs = Docs(zgw)
    iot = docs.iot(utrecht)
    return iot, docs.client([utrecht], [iot])


def test_path_traversal_in_a_document_name_is_refused_and_nothing_is_stored(setup, capsys):
    iot, api = setup
    for name in TRAVERSAL_NAMES:
        response = api.post(DOCS, body(iot, bestandsnaam=name))
        assert set(invalid(response)) == {"bestandsnaam"}, name
    assert stored_files() == []
    with capsys.disabled():
        print(f"\n[abuse] uploads: {len(TRAVERSAL_NAMES)} traversal file names refused, 0 files stored")


def test_the_storage_name_is_generated_and_the_download_name_is_escaped(setup):
    iot, api = setup
    name = 'brief"; filename=evil.html; x=".pdf'
    created = api.post(DOCS, body(iot, bestandsnaam=name))
    assert created.status_code == 201, created.content
    [stored] = stored_files()
    assert "brief" not in stored and "evil" not in stored
    download = api.get(path(created.json()["url"]) + "/download")
    assert download.status_code == 200
    disposition = download["Content-Disposition"]
    assert disposition.startswith("attachment;")
    # exactly two parameters: the quoted fallback cannot close its quotes, the encoded one has no separators
    assert re.fullmatch(r"attachment; filename=\"[^\"\\\\;]*\"; filename\*=UTF-8''[A-Za-z0-9%._~-]+", disposition)
    content = b"".join(download.streaming_content) if download.streaming else download.content
    assert content == PDF


def test_the_verify_upload_reads_the_file_in_memory_whatever_its_name(client, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    for name in TRAVERSAL_NAMES[:8]:
        upload = SimpleUploadedFile(name, PDF, content_type="application/pdf")
        response = client.post("/verify/", {"check": "file", "f-document": upload})
        assert response.status_code in (200, 400)
    assert list(tmp_path.iterdir()) == []
