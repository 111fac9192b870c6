import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from forum.models import Category, Post
from mylife4me.accounts.roles import Role
from mylife4me.accounts.totp import current_code
from tests.browser.conftest import check_accessibility, no_horizontal_scroll
from tests.factories import PASSWORD, TOTP_SECRET, make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"viewport": {"width": 360, "height": 740}}


@pytest.fixture(autouse=True)
def _fresh_content_types():
    """Transactional tests elsewhere flush the database: content types come back with new ids, and the
    role groups (made by a data migration) may not come back at all."""
    ContentType.objects.clear_cache()
    Group.objects.get_or_create(name=str(Role.MODERATOR))


def visit(page, path=None):
    if path:
        page.goto(path)
    assert no_horizontal_scroll(page), f"{page.url} scrolls sideways at 360px"
    check_accessibility(page)


def test_a_new_person_posts_and_a_moderator_approves_from_a_phone(browser_context):
    category = Category.objects.create(
        slug="just-starting-out", name="Just starting out", description="First steps."
    )
    person = browser_context(**PHONE).new_page()
    visit(person, "/forum/")
    visit(person, "/forum/rules/")
    person.goto("/account/signup/")
    person.locator("#id_username").fill("hopeful-heron")
    person.locator("#id_password1").fill(PASSWORD)
    person.locator("#id_password2").fill(PASSWORD)
    person.get_by_role("button", name="Create account").click()
    person.wait_for_url(lambda url: url.endswith("/account/"))
    visit(person, category.get_absolute_url())
    person.get_by_role("link", name="Start a new thread").click()
    visit(person)
    person.get_by_label("Title").fill("Day one for me")
    person.get_by_label("Your post").fill("Today I asked for help for the first time.")
    person.get_by_role("button", name="Post").click()
    person.wait_for_function(
        "document.title.startsWith('Error:')"
    )  # the rules box was not ticked: nothing typed is lost
    assert person.get_by_label("Your post").input_value() == "Today I asked for help for the first time."
    visit(person)
    person.get_by_label("I have read the community rules and I agree to them").check()
    person.get_by_role("button", name="Post").click()
    person.wait_for_url("**/forum/p/**")
    assert person.get_by_text("waiting for a moderator").first.is_visible()
    visit(person)
    post = Post.objects.get(body="Today I asked for help for the first time.")
    assert post.state == Post.State.HELD

    moderator = make_staff(Role.MODERATOR)
    phone = browser_context(**PHONE).new_page()
    phone.goto("/account/login/?next=/moderation/")
    phone.get_by_label("Username").fill(moderator.username)
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_url("**/2fa/authenticate/**")
    phone.get_by_label("Code").fill(current_code(TOTP_SECRET))
    phone.get_by_role("button", name="Sign In").click()
    phone.wait_for_url("**/moderation/")
    assert phone.get_by_text("Today I asked for help for the first time.").is_visible()
    visit(phone)
    phone.get_by_role("link", name="Review item").first.click()
    visit(phone)
    phone.get_by_label("Approve", exact=True).check()
    phone.get_by_role("button", name="Confirm").click()
    phone.wait_for_url("**/moderation/")
    phone.get_by_text("Nothing is waiting").wait_for()
    visit(phone)
    visit(phone, "/moderation/log/")
    visit(phone, "/moderation/words/")
    visit(phone, f"/moderation/person/{post.author_id}/")
    visit(phone, f"/forum/thread/{post.thread_id}/manage/")

    reader = browser_context(**PHONE).new_page()
    visit(reader, post.thread.get_absolute_url())
    assert reader.get_by_text("Today I asked for help for the first time.").is_visible()
    assert reader.context.cookies() == []
    assert reader.context.outside_requests == []


def sign_in(page, user):
    page.goto("/account/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: url.endswith("/account/"))


def test_crisis_help_flag_and_long_thread_pages_are_accessible_on_a_phone(browser_context, settings):
    from mylife4me.moderation.models import WatchedWord
    from tests.forum.helpers import make_person, make_thread

    settings.FORUM_POSTS_PER_PAGE = 5
    WatchedWord.objects.create(pattern="end it all", action="crisis")
    thread = make_thread(replies=12)
    writer = make_person(1)
    page = browser_context(**PHONE).new_page()
    sign_in(page, writer)
    visit(page, thread.get_absolute_url() + "?page=2")
    page.get_by_role("link", name="Flag this post").first.click()
    visit(page)
    page.get_by_label("I'm worried about this person").check()
    page.get_by_role("button", name="Send to a moderator").click()
    page.get_by_text("The writer is never told who flagged it").wait_for()
    page.goto(thread.get_absolute_url())
    page.get_by_label("Your reply").fill("Some nights I want to end it all")
    page.get_by_role("button", name="Post reply").click()
    page.get_by_role("heading", name="You are not alone").wait_for()
    assert page.locator("#main-content").get_by_role("link", name="116 123").is_visible()
    visit(page)
