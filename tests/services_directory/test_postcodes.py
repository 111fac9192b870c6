"""Postcode checking, the import command, the district fallback and distances."""

import os
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from services_directory.models import Postcode
from services_directory.postcode_districts import DISTRICTS
from services_directory.postcodes import locate, miles_between, normalise
from tests.services import need
from tests.services_directory.directory_factories import postcodes_csv


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("b11aa", "B1 1AA"),
        (" B1  1AA ", "B1 1AA"),
        ("b15 2tt", "B15 2TT"),
        ("SW1A1AA", "SW1A 1AA"),
        ("B12", "B12"),
        ("b12", "B12"),
        ("B1 1A", None),
        ("12345", None),
        ("BB1 1AAA", None),
        ("", None),
        ("<script>", None),
        ("B1 1AA; DROP TABLE", None),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.django_db
def test_import_is_idempotent_and_updates(tmp_path):
    path = postcodes_csv(
        tmp_path / "pc.csv",
        [("B1 1AA", 52.47666, -1.903535, "Birmingham"), ("b91 3qq", 52.41, -1.78, "Solihull")],
    )
    call_command("import_postcodes", str(path))
    call_command("import_postcodes", str(path))
    assert Postcode.objects.count() == 2
    assert Postcode.objects.get(postcode="B91 3QQ").local_authority == "Solihull"
    postcodes_csv(path, [("B1 1AA", 52.5, -1.9, "Birmingham")])
    call_command("import_postcodes", str(path))
    assert Postcode.objects.get(postcode="B1 1AA").latitude == 52.5


@pytest.mark.django_db
def test_import_skips_bad_rows(tmp_path):
    path = tmp_path / "pc.csv"
    path.write_text(
        "postcode,lat,long,local_authority\nNOT A POSTCODE,1,2,X\nB1 1AA,,,\nB2 4QA,52.48,-1.89,Birmingham\n"
    )
    call_command("import_postcodes", str(path))
    assert list(Postcode.objects.values_list("postcode", flat=True)) == ["B2 4QA"]


def test_import_of_missing_file_says_so(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_postcodes", str(tmp_path / "missing.csv"))


@pytest.mark.django_db
def test_locate_uses_the_table_then_the_district_centre(tmp_path):
    call_command(
        "import_postcodes", str(postcodes_csv(tmp_path / "pc.csv", [("B15 2TT", 52.45, -1.93, "Birmingham")]))
    )
    exact = locate("b152tt")
    assert (exact.latitude, exact.longitude, exact.exact) == (52.45, -1.93, True)
    fallback = locate("B15 9ZZ")
    assert (fallback.latitude, fallback.longitude, fallback.exact) == (*DISTRICTS["B15"][:2], False)
    assert locate("B12").exact is False
    assert locate("SW1A 1AA") is None  # not in the table, and not a Birmingham district


def test_miles_between():
    # Birmingham New Street to Solihull station: about 7 miles.
    assert miles_between(52.4778, -1.8990, 52.4146, -1.7875) == pytest.approx(6.7, abs=0.3)
    assert miles_between(52.48, -1.9, 52.48, -1.9) == 0


@pytest.mark.django_db
def test_import_of_the_west_midlands_file():
    path = os.environ.get("MYLIFE4ME_POSTCODES_CSV", "")
    need(bool(path) and Path(path).is_file(), "MYLIFE4ME_POSTCODES_CSV does not name the West Midlands CSV")
    call_command("import_postcodes", path)
    count = Postcode.objects.count()
    assert count > 80000
    call_command("import_postcodes", path)
    assert Postcode.objects.count() == count
    assert locate("B1 1AA").exact
