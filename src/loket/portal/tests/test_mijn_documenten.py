"""Mijn documenten: documents of the resident's own zaken, within the confidentiality cap, as downloads."""

import pytest
from django.urls import reverse

from .mijn_data import OTHER, PDF, document_for, login, resident_living_in, zaak_at, zaaktype_at


@pytest.fixture
def zaken(utrecht, amersfoort):
    resident_living_in(amersfoort)
    return {
        "mine_utrecht": zaak_at(zaaktype_at(utrecht), omschrijving="Bouwvergunning"),
        "mine_amersfoort": zaak_at(zaaktype_at(amersfoort), omschrijving="Parkeervergunning"),
        "other": zaak_at(
            zaaktype_at(utrecht, identificatie="ANDER"), OTHER, omschrijving="Van de buurman"
        ),
    }


def test_mijn_documenten_lists_the_documents_of_the_residents_zaken_within_the_cap(client, zaken):
    document_for(zaken["mine_utrecht"], titel="Besluit bouwvergunning")
    document_for(zaken["mine_amersfoort"], titel="Parkeervergunning 2026")
    document_for(zaken["mine_utrecht"], titel="Intern advies", vertrouwelijkheid="geheim")
    document_for(zaken["other"], titel="Brief aan de buurman")
    login(client)

    html = client.get(reverse("portal:mijn-documenten")).content.decode()

    assert "Besluit bouwvergunning" in html and "Parkeervergunning 2026" in html
    assert "Utrecht" in html and "Amersfoort" in html
    assert zaken["mine_utrecht"].identificatie in html
    assert "Intern advies" not in html, "above the confidentiality cap"
    assert "Brief aan de buurman" not in html


def test_the_resident_downloads_their_document_as_an_attachment(client, zaken):
    document = document_for(zaken["mine_utrecht"])
    login(client)

    response = client.get(reverse("portal:mijn-document-download", args=[document.uuid]))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="besluit.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("whose", ["other", "secret"])
def test_a_document_that_is_not_theirs_or_too_confidential_is_not_found(client, zaken, whose):
    if whose == "other":
        document = document_for(zaken["other"])
    else:
        document = document_for(zaken["mine_utrecht"], vertrouwelijkheid="geheim")
    login(client)
    assert (
        client.get(reverse("portal:mijn-document-download", args=[document.uuid])).status_code
        == 404
    )


def test_without_documents_the_page_says_so(client, zaken):
    login(client)
    assert (
        "Er zijn nog geen documenten voor u."
        in client.get(reverse("portal:mijn-documenten")).content.decode()
    )


def test_the_zaak_page_lists_its_own_documents_within_the_cap(client, zaken):
    document_for(zaken["mine_utrecht"], titel="Besluit bouwvergunning")
    document_for(zaken["mine_utrecht"], titel="Intern advies", vertrouwelijkheid="geheim")
    document_for(zaken["mine_amersfoort"], titel="Parkeervergunning 2026")
    login(client)

    html = client.get(
        reverse("portal:mijn-zaak", args=[zaken["mine_utrecht"].uuid])
    ).content.decode()

    assert "Documenten bij deze zaak" in html
    assert "Besluit bouwvergunning" in html
    assert "Intern advies" not in html, "above the confidentiality cap"
    assert "Parkeervergunning 2026" not in html, "a document of another zaak"
