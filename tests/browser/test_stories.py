import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from mylife4me.accounts.roles import Role
from stories.models import Story
from tests.browser.conftest import check_accessibility, no_horizontal_scroll
from tests.browser.test_alerts import sign_in
from tests.factories import UserFactory, make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NARROW = {"viewport": {"width": 320, "height": 700}}
STORY = "I rang a service at night and someone listened. It was the first step."


@pytest.fixture(autouse=True)
def _fresh_content_types():
    ContentType.objects.clear_cache()
    Group.objects.get_or_create(name=str(Role.MODERATOR))


def visit(page, path=None):
    if path:
        page.goto(path)
    assert no_horizontal_scroll(page), f"{page.url} scrolls sideways at 320px"
    check_accessibility(page)


def test_a_person_shares_a_story_a_moderator_approves_it_and_readers_find_it(browser_context):
    writer = browser_context(**NARROW).new_page()
    sign_in(writer, UserFactory(username="quiet-heron"))
    visit(writer, "/stories/share/")
    writer.get_by_label("Your story", exact=True).fill(STORY)
    writer.get_by_label("Early recovery").check()
    writer.get_by_role("button", name="Send for review").click()
    writer.locator(".govuk-error-summary").wait_for()
    assert "Enter a title" in writer.locator(".govuk-error-summary").inner_text()
    assert writer.get_by_label("Your story", exact=True).input_value() == STORY  # nothing typed is lost
    assert writer.get_by_label("Early recovery").is_checked()
    visit(writer)
    writer.get_by_label("Title", exact=True).fill("The night I asked for help")
    writer.get_by_role("button", name="Send for review").click()
    writer.wait_for_url("**/stories/yours/")
    assert writer.get_by_text("Waiting for a moderator").first.is_visible()
    visit(writer)
    assert Story.objects.get().state == "waiting"

    reader = browser_context(**NARROW).new_page()
    reader.goto("/stories/")
    assert reader.get_by_text("The night I asked for help").count() == 0

    moderator = browser_context(**NARROW).new_page()
    sign_in(moderator, make_staff(Role.MODERATOR), totp=True)
    moderator.goto("/moderation/")
    moderator.get_by_role("link", name="Review item").first.click()
    visit(moderator)
    assert moderator.get_by_label("Ask the writer for changes").is_visible()
    moderator.get_by_label("Approve", exact=True).check()
    moderator.get_by_role("button", name="Confirm").click()
    moderator.get_by_text("Nothing is waiting").wait_for()

    visit(reader, "/stories/")
    reader.get_by_role("link", name="The night I asked for help").click()
    visit(reader)
    assert reader.get_by_text(STORY).is_visible()
    reader.get_by_role("button", name="This helped me").click()
    reader.get_by_text("Thank you. We have told the writer").wait_for()
    visit(reader)
    assert reader.context.cookies() == []
    assert reader.context.outside_requests == []
    assert Story.objects.get().helped_count == 1


def test_story_alerts_page_and_its_error_state_are_accessible(browser_context):
    page = browser_context(**NARROW).new_page()
    visit(page, "/stories/alerts/")
    page.get_by_label("Email address or UK mobile number").fill("not an address")
    page.get_by_role("button", name="Send me a link to confirm").click()
    page.locator(".govuk-error-summary").wait_for()
    assert page.get_by_label("Email address or UK mobile number").input_value() == "not an address"
    visit(page)
    assert page.context.cookies() == []
