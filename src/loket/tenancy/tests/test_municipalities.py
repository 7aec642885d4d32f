from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command

from loket.tenancy.branding import contrast_ratio
from loket.tenancy.context import activate
from loket.tenancy.importers import ImportError_, read_municipalities
from loket.tenancy.models import Municipality, MunicipalitySettings

SOURCE = settings.SHARED_DATA_DIR / "gemeenten" / "gemeenten.csv"


@pytest.mark.django_db
def test_reference_data_loads_all_342_municipalities():
    call_command("load_reference_data", verbosity=0)
    assert Municipality.objects.count() == 342
    den_haag = Municipality.objects.get(code="0518")
    assert den_haag.name == "Den Haag"
    assert den_haag.official_name == "'s-Gravenhage"
    assert den_haag.province == "Zuid-Holland"
    assert Municipality.objects.get(code="0363").population > 900_000
    assert Municipality.objects.filter(province="Noord-Brabant").count() == 56


@pytest.mark.skipif(not SOURCE.exists(), reason="../shared/data is not beside this checkout")
def test_committed_fixture_is_what_the_importer_makes_from_the_source(tmp_path):
    output = tmp_path / "municipalities.json"
    call_command("import_municipalities", source=SOURCE, output=output, verbosity=0)
    committed = Path(settings.PACKAGE_DIR / "tenancy/fixtures/municipalities.json").read_text(encoding="utf-8")
    assert output.read_text(encoding="utf-8") == committed


def test_importer_rejects_a_file_without_the_expected_columns(tmp_path):
    bad = tmp_path / "gemeenten.csv"
    bad.write_text("code,naam\n0363,Amsterdam\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="lacks columns"):
        read_municipalities(bad)


def test_contrast_ratio_matches_wcag_reference_values():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#767676", "#ffffff"), 2) == 4.54


@pytest.mark.django_db
def test_a_brand_colour_too_light_for_white_text_is_refused_in_dutch(utrecht):
    with activate(utrecht):
        settings_ = MunicipalitySettings(brand_colour="#ffdd00", municipality=utrecht)
        with pytest.raises(ValidationError) as error:
            settings_.full_clean()
    assert "te licht" in str(error.value.message_dict["brand_colour"])


@pytest.mark.django_db
def test_an_invalid_rsin_is_refused(utrecht):
    utrecht.rsin = "123456789"
    with pytest.raises(ValidationError):
        utrecht.full_clean()


@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("logo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100, True),
        ("logo.jpg", b"\xff\xd8\xff\xe0" + b"0" * 100, True),
        ("logo.png", b"<svg onload='alert(1)'></svg>", False),
        ("logo.svg", b"<svg></svg>", False),
        ("logo.png", b"\x89PNG\r\n\x1a\n" + b"0" * (600 * 1024), False),
    ],
)
def test_a_logo_must_be_a_small_png_or_jpeg_by_content(name, content, accepted):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from loket.tenancy.branding import validate_logo

    upload = SimpleUploadedFile(name, content)
    if accepted:
        validate_logo(upload)
    else:
        with pytest.raises(ValidationError):
            validate_logo(upload)


@pytest.mark.django_db
def test_demo_rsins_are_valid_distinct_and_leave_real_ones_alone():
    from stdnum.nl import bsn

    call_command("load_reference_data", verbosity=0)
    Municipality.objects.filter(code="0363").update(rsin="002564440")
    call_command("assign_demo_rsins", verbosity=0)
    rsins = list(Municipality.objects.values_list("rsin", flat=True))
    assert len(set(rsins)) == 342
    assert all(bsn.is_valid(r) for r in rsins)
    assert Municipality.objects.get(code="0363").rsin == "002564440"
    assert Municipality.objects.get(code="0344").rsin.startswith("800344")
