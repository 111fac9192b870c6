import pytest

from services_directory.demo import load_information
from tests.browser.conftest import check_accessibility, no_horizontal_scroll

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGES = [
    "/drugs/",
    "/drugs/?type=stimulants",
    "/drugs/ketamine/",
    "/drugs/alcohol/",
    "/advice/",
    "/advice/overdose/",
    "/search/?q=ketamin",
    "/search/?q=zzqxjv",
    "/offline/",
]


@pytest.fixture
def demo_content():
    load_information(lambda line: None)


@pytest.mark.parametrize("path", PAGES)
def test_no_accessibility_violations_and_nothing_from_elsewhere(demo_content, page, path):
    page.goto(path)
    check_accessibility(page)
    assert page.context.cookies() == []
    assert page.context.outside_requests == []
    assert page.console_problems == []


@pytest.mark.parametrize("path", PAGES)
def test_pages_work_at_320_pixels_wide(demo_content, browser_context, path):
    page = browser_context(viewport={"width": 320, "height": 640}).new_page()
    page.goto(path)
    assert no_horizontal_scroll(page), f"{path} scrolls sideways at 320px"
    check_accessibility(page)


def test_the_overdose_guide_opens_offline_after_one_visit(demo_content, browser_context):
    context = browser_context()
    page = context.new_page()
    page.goto("/drugs/")
    page.evaluate("async () => { await navigator.serviceWorker.ready }")
    page.wait_for_function(
        "async () => { for (const name of await caches.keys()) {"
        " const cache = await caches.open(name);"
        " if (await cache.match('/advice/overdose/') && await cache.match('/offline/')) return true; }"
        " return false; }"
    )
    context.set_offline(True)
    page.goto("/advice/overdose/")
    assert page.locator("h1").inner_text() == "What to do in an overdose"
    assert page.get_by_text("999").first.is_visible()
    # Kept with its stylesheet: the page is laid out, not bare HTML.
    assert page.evaluate("getComputedStyle(document.querySelector('.ml4m-header')).backgroundColor") != (
        "rgba(0, 0, 0, 0)"
    )
    page.goto("/drugs/heroin/")  # never visited: the offline page stands in
    assert page.locator("h1").inner_text() == "You are offline"
    assert page.get_by_role("link", name="What to do in an overdose").is_visible()
    context.set_offline(False)
    page.goto("/drugs/heroin/")
    assert page.locator("h1").inner_text() == "Heroin"


def test_the_a_to_z_filter_and_search_work_without_javascript(demo_content, browser_context):
    page = browser_context(java_script_enabled=False).new_page()
    page.goto("/drugs/")
    page.get_by_label("Show a type of drug").select_option("opioids")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/drugs/?type=opioids")
    assert page.get_by_role("link", name="Heroin", exact=True).is_visible()
    assert page.get_by_role("link", name="Cannabis", exact=True).count() == 0
    page.get_by_role("search", name="Site search").get_by_label("Search this site").fill("mdma")
    page.get_by_role("search", name="Site search").get_by_role("button", name="Search").click()
    page.wait_for_url("**/search/?q=mdma")
    assert page.get_by_role("link", name="MDMA (ecstasy)").is_visible()
    assert page.context.cookies() == []
