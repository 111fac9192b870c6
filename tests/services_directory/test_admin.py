import datetime

import pytest
from django.contrib.auth.models import Group

from mylife4me.accounts.roles import Role
from services_directory.admin import OVERDUE_MESSAGE
from services_directory.mixing import set_mixing_risk
from services_directory.models import MixingRisk, Substance
from services_directory.substance_page import SECTIONS
from tests.factories import make_staff
from tests.services_directory.factories import make_advice, make_substance

pytestmark = pytest.mark.django_db

LONG_AGO = datetime.date.today() - datetime.timedelta(days=400)


@pytest.fixture
def editor_client(browser_client):
    editor = make_staff(Role.CONTENT_EDITOR, is_staff=True)
    browser_client.force_login(editor)
    browser_client.editor = editor
    return browser_client


def _form_data(substance: Substance, **changes) -> dict:
    data = {
        field.name: getattr(substance, field.name)
        for field in Substance._meta.concrete_fields
        if field.name not in {"id", "clinically_reviewed"}
    }
    data["last_reviewed"] = substance.last_reviewed.isoformat()
    data["related_categories"] = [str(pk) for pk in substance.related_categories.values_list("pk", flat=True)]
    return {**data, **changes}


def test_content_editors_may_edit_substances_mixing_and_advice():
    permissions = set(
        Group.objects.get(name=str(Role.CONTENT_EDITOR)).permissions.values_list("codename", flat=True)
    )
    assert {
        "add_substance",
        "change_substance",
        "change_mixingrisk",
        "add_mixingrisk",
        "change_advicepage",
    } <= permissions
    assert "delete_advicepage" not in permissions


def test_an_editors_change_is_kept_with_who_and_when(editor_client):
    substance = make_substance("Ketamine", categories=("detox",))
    before = datetime.datetime.now(datetime.UTC)
    response = editor_client.post(
        f"/admin/services_directory/substance/{substance.pk}/change/",
        _form_data(substance, summary="A new summary written by an editor."),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    latest = substance.history.latest()
    assert latest.history_user == editor_client.editor
    assert latest.history_date >= before
    assert latest.history_type == "~"
    changed = latest.diff_against(latest.prev_record)
    assert changed.changed_fields == ["summary"]
    history_page = editor_client.get(
        f"/admin/services_directory/substance/{substance.pk}/history/"
    ).content.decode()
    assert editor_client.editor.username in history_page
    assert "A new summary written by an editor." in history_page
    assert "A new summary written by an editor." in editor_client.get("/drugs/ketamine/").content.decode()


def test_a_mixing_pair_entered_the_other_way_round_is_stored_once(editor_client):
    first = make_substance("Alpha")
    second = make_substance("Beta")
    response = editor_client.post(
        "/admin/services_directory/mixingrisk/add/",
        {"substance_a": second.pk, "substance_b": first.pk, "level": "dangerous", "note": "Do not mix."},
    )
    assert response.status_code == 302
    risk = MixingRisk.objects.get()
    assert (risk.substance_a, risk.substance_b) == (first, second)
    assert risk.history.latest().history_user == editor_client.editor
    again = editor_client.post(
        "/admin/services_directory/mixingrisk/add/",
        {"substance_a": first.pk, "substance_b": second.pk, "level": "caution", "note": "Again."},
    )
    assert again.status_code == 200
    assert "already has a mixing risk" in again.content.decode()
    same = editor_client.post(
        "/admin/services_directory/mixingrisk/add/",
        {"substance_a": first.pk, "substance_b": first.pk, "level": "caution", "note": "Itself."},
    )
    assert "Choose two different substances" in same.content.decode()
    assert MixingRisk.objects.count() == 1


def test_pages_not_reviewed_for_twelve_months_are_flagged_in_admin(editor_client):
    stale = make_substance("Stale", last_reviewed=LONG_AGO)
    make_substance("Fresh")
    listing = editor_client.get("/admin/services_directory/substance/").content.decode()
    assert "1 page has not been reviewed for 12 months" in listing
    assert "Overdue" in listing
    overdue_only = editor_client.get("/admin/services_directory/substance/?review=overdue").content.decode()
    assert "Stale" in overdue_only and "Fresh" not in overdue_only
    change = editor_client.get(f"/admin/services_directory/substance/{stale.pk}/change/").content.decode()
    assert OVERDUE_MESSAGE.split("“")[0] in change


def test_advice_pages_are_flagged_too(editor_client):
    page = make_advice("faqs", last_reviewed=LONG_AGO)
    assert "Overdue" in editor_client.get("/admin/services_directory/advicepage/").content.decode()
    assert (
        "has not been reviewed for 12 months"
        in editor_client.get(f"/admin/services_directory/advicepage/{page.pk}/change/").content.decode()
    )


def test_the_admin_edit_form_has_every_section(editor_client):
    html = editor_client.get("/admin/services_directory/substance/add/").content.decode()
    for field, _heading, _anchor in SECTIONS:
        if field not in {"mixing", "law", "support"}:
            assert f'name="{field}"' in html
    assert 'name="related_categories"' in html


def test_people_without_the_role_cannot_edit(browser_client):
    moderator = make_staff(Role.MODERATOR, is_staff=True)
    browser_client.force_login(moderator)
    assert browser_client.get("/admin/services_directory/substance/").status_code == 403


def test_the_substance_edit_page_lists_its_mixing_risks_from_both_sides(editor_client):
    alcohol, heroin = make_substance("Alcohol"), make_substance("Heroin")
    set_mixing_risk(alcohol, heroin, "dangerous", "x")
    for substance in (alcohol, heroin):
        html = editor_client.get(
            f"/admin/services_directory/substance/{substance.pk}/change/"
        ).content.decode()
        other = heroin if substance == alcohol else alcohol
        assert f">{other.name}</a>: Dangerous" in html
    assert (
        "Save this substance first"
        in editor_client.get("/admin/services_directory/substance/add/").content.decode()
    )
