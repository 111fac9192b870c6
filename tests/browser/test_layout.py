import pytest

from mylife4me.accounts.totp import current_code
from tests.browser.conftest import check_accessibility, no_horizontal_scroll
from tests.factories import PASSWORD, TOTP_SECRET, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

EXIT_URL = "https://www.bbc.co.uk/weather"
PUBLIC_PAGES = [
    "/",
    "/using-this-site-safely/",
    "/privacy/",
    "/accessibility/",
    "/account/login/",
    "/account/signup/",
]


def test_home_page_renders_with_no_cookie_no_outside_request_and_no_console_error(page):
    page.goto("/")
    assert page.locator("h1").inner_text() == "Drugs and alcohol: information and support"
    assert page.get_by_role("link", name="What to do in an overdose").is_visible()
    assert page.get_by_role("complementary", name="Get help now").is_visible()
    for path in PUBLIC_PAGES[1:]:
        page.goto(path)
    assert page.context.cookies() == []
    assert page.context.outside_requests == []
    assert page.console_problems == []  # a CSP violation would show here


@pytest.mark.parametrize("path", ["/", "/using-this-site-safely/", "/account/login/", "/account/signup/"])
def test_no_accessibility_violations(page, path):
    page.goto(path)
    check_accessibility(page)


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_pages_work_at_320_pixels_wide(browser_context, path):
    page = browser_context(viewport={"width": 320, "height": 640}).new_page()
    page.goto(path)
    assert no_horizontal_scroll(page), f"{path} scrolls sideways at 320px"
    assert page.get_by_role("button", name="Emergency Exit this page").is_visible()
    check_accessibility(page)


def test_shift_three_times_leaves_for_the_exit_address(page, settings):
    settings.QUICK_EXIT_URL = EXIT_URL
    page.goto("/using-this-site-safely/")
    page.wait_for_function("document.body.classList.contains('govuk-frontend-supported')")
    # The neutral site is outside this machine: the browser asking for it is the proof (the test blocks it).
    with page.expect_request(lambda request: request.url.startswith(EXIT_URL)) as leaving:
        for _ in range(3):
            page.keyboard.press("Shift")
    assert leaving.value.redirected_from.url.endswith("/exit/")


def test_exit_ends_a_signed_in_session(page, settings):
    settings.QUICK_EXIT_URL = EXIT_URL
    user = UserFactory()
    page.goto("/account/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/account/")
    assert page.get_by_text(user.username).first.is_visible()
    with page.expect_request(lambda request: request.url.startswith(EXIT_URL)):
        page.get_by_role("button", name="Emergency Exit this page").click()
    page.goto("/account/")
    assert "/account/login/" in page.url
    assert not [cookie for cookie in page.context.cookies() if "session" in cookie["name"]]


def test_the_site_works_without_javascript(browser_context, settings):
    settings.QUICK_EXIT_URL = EXIT_URL
    page = browser_context(java_script_enabled=False).new_page()
    page.goto("/")
    assert page.locator("h1").is_visible()
    exit_link = page.get_by_role("button", name="Emergency Exit this page")
    assert exit_link.get_attribute("href") == "/exit/"
    user = UserFactory()
    page.goto("/account/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/account/")


def test_staff_sign_in_with_an_authenticator_code(page):
    from mylife4me.accounts.roles import Role
    from tests.factories import make_staff

    moderator = make_staff(Role.MODERATOR)
    page.goto("/account/login/?next=/staff/")
    page.get_by_label("Username").fill(moderator.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/2fa/authenticate/**")
    check_accessibility(page)
    page.get_by_label("Code").fill(current_code(TOTP_SECRET))
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/staff/")
    assert page.locator("h1").inner_text() == "Staff pages"
