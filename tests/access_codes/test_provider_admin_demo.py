"""Partner referrals from /provider/, the admin (district rule, hidden codes), the demo, staff links."""

import pytest
from django.urls import reverse

from access_codes import issuing
from access_codes.models import CodeBatch, CodeRequest, DistrictRule
from mylife4me.accounts.roles import Role
from services_directory.models import Membership
from tests.access_codes.helpers import GOOD, make_batch, make_request
from tests.factories import make_staff
from tests.services_directory.directory_factories import make_organization

pytestmark = pytest.mark.django_db
URL = "/provider/breaking-free/"


@pytest.fixture
def provider(client):
    mine = make_organization("Harbour Org")
    theirs = make_organization("Other Org")
    staff = make_staff(Role.PROVIDER_STAFF, username="pat")
    Membership.objects.create(organization=mine, user=staff)
    client.force_login(staff)
    client.staff, client.mine, client.theirs = staff, mine, theirs
    return client


def test_provider_home_links_to_the_referral_form(provider):
    page = provider.get("/provider/").content.decode()
    assert f'href="{URL}"' in page and "Request a code for a client" in page


def test_a_partner_referral_is_recorded_for_the_organisation(provider):
    page = provider.get(URL).content.decode()
    assert "Harbour Org" in page and "Other Org" not in page  # only their own organisations
    response = provider.post(URL, {**GOOD, "organization": provider.mine.pk, "name": "Client A"})
    assert response.status_code == 302
    request = CodeRequest.objects.get()
    assert (request.route, request.organization, request.referred_by) == (
        "partner",
        provider.mine,
        provider.staff,
    )
    assert request.events.get().detail == "Partner referral from Harbour Org"
    assert request.events.get().actor_name == "pat"


def test_another_organisation_cannot_be_chosen(provider):
    page = provider.post(URL, {**GOOD, "organization": provider.theirs.pk}).content.decode()
    assert "Choose your organisation" in page and "govuk-error-summary" in page
    assert not CodeRequest.objects.exists()


def test_an_outside_postcode_is_explained_and_kept(provider):
    page = provider.post(
        URL, {**GOOD, "organization": provider.mine.pk, "postcode": "B91 3AA"}
    ).content.decode()
    assert "is outside Birmingham City Council" in page and "FRANK on 0300 123 6600" in page
    assert 'value="B91 3AA"' in page and 'value="Zebedee"' in page
    assert not CodeRequest.objects.exists()


def test_referrals_and_outcomes_are_listed_without_contact_details_after_issue(provider):
    make_batch(25)
    waiting = make_request(name="Waiting Client", organization=provider.mine, referred_by=provider.staff)
    issued = make_request(name="Issued Client", organization=provider.mine, referred_by=provider.staff)
    make_request(name="Somebody Else", organization=provider.theirs)
    make_request(name="Self Referrer")
    issuing.issue(issued.pk, make_staff(Role.CODE_ADMINISTRATOR))
    page = provider.get(URL).content.decode()
    assert "Waiting Client" in page
    assert "Issued Client" not in page and "Code sent on" in page
    assert "Somebody Else" not in page and "Self Referrer" not in page
    assert "+447700900555" not in page and waiting.postcode not in page


def test_the_referral_page_needs_the_provider_role(client):
    client.force_login(make_staff(Role.CODE_ADMINISTRATOR))
    assert client.get(URL).status_code == 403


def test_code_administrators_can_change_the_district_rule_in_admin(client):
    admin_user = make_staff(Role.CODE_ADMINISTRATOR, is_staff=True)
    client.force_login(admin_user)
    change = reverse("admin:access_codes_districtrule_change", args=["B36"])
    assert client.get(change).status_code == 200
    response = client.post(change, {"district": "B36", "rule": "inside", "note": "Checked by the council"})
    assert response.status_code == 302
    assert DistrictRule.objects.get(district="B36").rule == "inside"


def test_codes_are_not_listed_in_admin_except_to_admins(client):
    make_batch(2, prefix="SECRET")
    client.force_login(make_staff(Role.CODE_ADMINISTRATOR, is_staff=True))
    page = client.get(reverse("admin:access_codes_accesscode_changelist")).content.decode()
    assert "SECRET-0001" not in page
    client.force_login(make_staff(superuser=True))
    page = client.get(reverse("admin:access_codes_accesscode_changelist")).content.decode()
    assert "SECRET-0001" in page
    make_request(name="Private Person")
    page = client.get(reverse("admin:access_codes_coderequest_changelist")).content.decode()
    assert "Private Person" not in page and "+447700900555" not in page


def test_staff_home_and_queue_link_to_each_other_and_the_figures(client):
    staff = make_staff(Role.CODE_ADMINISTRATOR)
    client.force_login(staff)
    assert 'href="/staff/access-codes/"' in client.get("/staff/").content.decode()
    page = client.get("/staff/access-codes/").content.decode()
    assert f'href="{reverse("figures:section", args=["access-codes"])}"' in page
    assert 'href="/staff/access-codes/pool/"' in page


def test_the_demo_loads_a_fake_pool_and_requests_in_each_state_and_runs_again():
    from access_codes.demo import load_access_codes
    from mylife4me.accounts.demo import load_staff_accounts

    load_staff_accounts(lambda line: None)
    said = []
    load_access_codes(said.append)
    load_access_codes(said.append)
    batch = CodeBatch.objects.get()
    assert all(code.startswith("DEMO-") for code in batch.codes.values_list("code", flat=True))
    states = set(CodeRequest.objects.values_list("state", flat=True))
    assert states == {"waiting", "issued", "declined"}
    assert CodeRequest.objects.filter(eligibility="check").exists()
    assert said[-1] == "  access codes: already loaded"
