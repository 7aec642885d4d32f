"""`loket import_upl` and `loket build_catalogue`: facts from the UPL, the curated part checked."""

import json

import pytest
from django.core.management import CommandError, call_command

from loket.catalogue.importers import read_upl

HEADER = (
    "UniformeProductnaam,URI,Rijk,Provincie,Waterschap,Gemeente,Burger,Bedrijf,Dienstenwet,SDG,"
    "Autonomie,Medebewind,Aanvraag,Subsidie,Melding,Verplichting,Grondslag,Grondslaglabel,Grondslaglink\n"
)
T = "http://standaarden.overheid.nl/owms/terms/"


def _csv(tmp_path, *rows):
    path = tmp_path / "upl.csv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_keeps_municipal_resident_products_once_with_all_legal_bases(tmp_path):
    source = _csv(
        tmp_path,
        f"verhuismelding,{T}verhuismelding,,,,X,X,,,D1,,X,,,X,,g1,Artikel 2.39 Wet BRP,https://wetten.example/2.39",
        f"verhuismelding,{T}verhuismelding,,,,X,X,,,D1,,X,,,X,,g2,Artikel 2.40 Wet BRP,",
        f"verhuismelding,{T}verhuismelding,,,,X,X,,,D1,,X,,,X,,g2,Artikel 2.40 Wet BRP,",
        f"alleen bedrijven,{T}bedrijf,,,,X,,X,,,,,X,,,,,,",
        f"alleen rijk,{T}rijk,X,,,,X,,,,,,X,,,,,,",
        f"bouw,{T}bouw,,,,X,X,X,,N1;D2,,,X,,,,,,",
    )
    products = read_upl(source)
    assert [p["name"] for p in products] == ["bouw", "verhuismelding"]
    move = products[1]
    assert move["is_notification"] and not move["is_application"] and not move["for_businesses"]
    assert move["sdg_codes"] == ["D1"]
    assert move["legal_bases"] == [
        {"label": "Artikel 2.39 Wet BRP", "link": "https://wetten.example/2.39"},
        {"label": "Artikel 2.40 Wet BRP", "link": ""},
    ]
    assert products[0]["sdg_codes"] == ["N1", "D2"] and products[0]["for_businesses"]


def test_import_command_writes_a_facts_only_fixture(tmp_path):
    source = _csv(tmp_path, f"paspoort,{T}paspoort,X,,,X,X,X,,A1,,X,X,,,,,Paspoortwet,")
    output = tmp_path / "out.json"
    call_command("import_upl", source=source, output=output, stdout=open(tmp_path / "log", "w"))
    rows = json.loads(output.read_text(encoding="utf-8"))
    assert rows == [
        {
            "model": "catalogue.product",
            "fields": {
                "uri": f"{T}paspoort",
                "name": "paspoort",
                "is_application": True,
                "is_notification": False,
                "is_obligation": False,
                "is_subsidy": False,
                "for_businesses": True,
                "sdg_codes": ["A1"],
                "legal_bases": [{"label": "Paspoortwet", "link": ""}],
            },
        }
    ]


def test_import_refuses_a_file_that_is_not_the_upl(tmp_path):
    source = tmp_path / "other.csv"
    source.write_text("naam,code\nx,y\n", encoding="utf-8")
    with pytest.raises(CommandError, match="lacks columns"):
        call_command("import_upl", source=source, output=tmp_path / "out.json")


def test_build_refuses_when_a_resident_product_is_not_mapped(tmp_path):
    from loket.catalogue.importers import MAPPING_FILE

    lines = MAPPING_FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    without_move = [line for line in lines if not line.startswith("verhuismelding,")]
    mapping = tmp_path / "mapping.csv"
    mapping.write_text("".join(without_move), encoding="utf-8")
    output = tmp_path / "catalogue.json"
    with pytest.raises(CommandError, match=r"verhuismelding \(verhuismelding\): not mapped"):
        call_command("build_catalogue", mapping=mapping, output=output)
    assert not output.exists()
