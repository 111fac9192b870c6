"""Admin pages of the directory, the staff data download, and provider page query counts."""

import datetime

import pytest
from django.urls import reverse

from mylife4me.accounts import personal_data
from mylife4me.accounts.roles import Role
from services_directory.models import Membership, Organization, Service
from tests.factories import make_staff
from tests.services_directory.directory_factories import make_organization, make_service

pytestmark = pytest.mark.django_db
T = datetime.time


def test_admin_pages_open_and_keep_history(browser_client):
    admin = make_staff(superuser=True)
    browser_client.force_login(admin)
    service = make_service(position=(52.48, -1.9), slots=((0, T(9), T(17)),))
    for url in [
        reverse("admin:services_directory_service_changelist"),
        reverse("admin:services_directory_service_add"),
        reverse("admin:services_directory_service_change", args=[service.pk]),
        reverse("admin:services_directory_service_history", args=[service.pk]),
        reverse("admin:services_directory_organization_changelist"),
        reverse("admin:services_directory_location_changelist"),
    ]:
        assert browser_client.get(url).status_code == 200, url
    assert Service.history.filter(id=service.pk).exists()


def test_data_download_lists_a_staff_members_organisations(browser_client):
    staff = make_staff(Role.PROVIDER_STAFF)
    Membership.objects.create(organization=make_organization("Kind Org"), user=staff)
    assert personal_data.export_user_data(staff)["services directory"]["organisations"] == ["Kind Org"]
    personal_data.delete_account(staff)
    assert Organization.objects.filter(name="Kind Org").exists()
    assert not Membership.objects.exists()


@pytest.mark.parametrize("page", ["service", "hours"])
def test_provider_page_query_counts_do_not_grow(browser_client, django_assert_max_num_queries, page):
    staff = make_staff(Role.PROVIDER_STAFF)
    organization = make_organization()
    Membership.objects.create(organization=organization, user=staff)
    service = make_service(organization=organization, position=(52.48, -1.9), slots=((0, T(9), T(17)),))
    browser_client.force_login(staff)
    url = reverse(f"services_directory:provider_{page}", args=[service.pk])

    def count() -> int:
        with django_assert_max_num_queries(12) as context:
            assert browser_client.get(url).status_code == 200
        return len(context.captured_queries)

    few = count()
    for number in range(10):
        make_service(organization=organization, position=(52.4 + number / 100, -1.9))
        service.schedules.create(weekday=number % 7, opens_at=T(18), closes_at=T(19))
        service.closures.create(
            starts_on=datetime.date(2030, 1, 1 + number), ends_on=datetime.date(2030, 1, 1 + number)
        )
    service.save()  # ten more history rows
    assert count() == few
