"""The figures pages in Chromium: accessible with charts full of data, and usable at 320 pixels wide."""

import pytest
from django.utils import timezone

from mylife4me.accounts.roles import Role
from services_directory.models import Membership
from tests.browser.conftest import check_accessibility, no_horizontal_scroll
from tests.browser.test_alerts import sign_in
from tests.factories import make_staff
from tests.figures.test_pages import seed_visits
from tests.services_directory.directory_factories import make_organization, make_service

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.parametrize("width", [1024, 320])
def test_the_figures_page_is_accessible_with_data_in_its_charts(browser_context, width):
    seed_visits(timezone.localdate())
    make_service("Long Forgotten", last_checked=None)
    page = browser_context(viewport={"width": width, "height": 800}).new_page()
    sign_in(page, make_staff(Role.CONTENT_EDITOR), totp=True)
    page.goto("/staff/figures/")
    assert page.locator("svg.ml4m-figures__chart").count() >= 4
    assert page.get_by_role("img", name="Chart: When people visit: hour of the day").is_visible()
    check_accessibility(page)
    assert no_horizontal_scroll(page)
    page.goto("/staff/figures/?from=2025-02-31")
    page.locator(".govuk-error-summary").wait_for()
    check_accessibility(page)
    assert no_horizontal_scroll(page)
    page.goto("/staff/figures/visits/")
    check_accessibility(page)


@pytest.mark.parametrize("width", [1024, 320])
def test_the_provider_figures_page_is_accessible(browser_context, width):
    organization = make_organization("Our Org")
    staff = make_staff(Role.PROVIDER_STAFF)
    Membership.objects.create(organization=organization, user=staff)
    service = make_service("Our Drop-in With A Long Name", organization=organization)
    from mylife4me.figures.models import PageDay

    PageDay.objects.create(
        date=timezone.localdate(), path=f"/services/{service.slug}/", section="services", views=7
    )
    page = browser_context(viewport={"width": width, "height": 800}).new_page()
    sign_in(page, staff, totp=True)
    page.goto("/provider/")
    page.get_by_role("link", name="Figures for your services").click()
    page.wait_for_url("**/provider/figures/")
    assert page.locator("svg.ml4m-figures__chart").count() == 2
    check_accessibility(page)
    assert no_horizontal_scroll(page)
