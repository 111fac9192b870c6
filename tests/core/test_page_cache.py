"""The page cache: whole public pages for anonymous readers, never for signed-in people, remade on change."""

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from forum.models import Category
from mylife4me.core import page_cache
from tests.factories import PASSWORD, UserFactory
from tests.forum.helpers import make_category, make_thread

pytestmark = pytest.mark.django_db

SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Referrer-Policy",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
    "Content-Type",
)


@pytest.fixture(autouse=True)
def _bench_header(settings):
    settings.BENCH_MODE = True  # adds X-Page-Cache: hit / miss
    settings.PAGE_CACHE_ENABLED = True


def test_a_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    browser_client, django_assert_num_queries
):
    make_thread(title="Cached thread title")
    first = browser_client.get("/forum/")
    assert first[page_cache.HEADER] == "miss"
    with django_assert_num_queries(0):
        second = browser_client.get("/forum/")
    assert second[page_cache.HEADER] == "hit"
    assert second.content == first.content
    assert "Alcohol" in second.content.decode()


def test_a_cached_page_keeps_its_security_headers_and_sets_no_cookie(browser_client):
    thread = make_thread()
    fresh = browser_client.get(thread.get_absolute_url())
    cached = browser_client.get(thread.get_absolute_url())
    assert cached[page_cache.HEADER] == "hit"
    for name in SECURITY_HEADERS:
        assert cached[name] == fresh[name], name
    assert "default-src 'none'" in cached["Content-Security-Policy"]
    assert fresh.cookies == {} and cached.cookies == {}
    assert "Set-Cookie" not in cached
    assert "Cookie" in cached["Vary"]
    assert "Cache-Control" not in cached  # nothing asks a browser or proxy to keep it


def test_signed_in_people_never_get_or_leave_a_cached_page(client, django_assert_max_num_queries):
    make_category()
    person = UserFactory(username="night-owl")
    client.get("/forum/")  # an anonymous visit fills the cache
    assert client.login(username=person.username, password=PASSWORD)
    signed_in = client.get("/forum/")
    assert page_cache.HEADER not in signed_in
    assert "night-owl" in signed_in.content.decode()
    assert "no-store" in signed_in["Cache-Control"]
    client.logout()
    anonymous = client.get("/forum/")
    assert anonymous[page_cache.HEADER] == "hit"
    assert "night-owl" not in anonymous.content.decode()


def test_any_session_cookie_bypasses_the_cache(client, settings):
    make_category()
    client.get("/forum/")
    client.cookies[settings.SESSION_COOKIE_NAME] = "not-a-real-session"
    response = client.get("/forum/")
    assert response.status_code == 200
    assert page_cache.HEADER not in response


def test_a_change_to_the_content_remakes_the_page(browser_client):
    make_category()
    assert "Brand new category" not in browser_client.get("/forum/").content.decode()
    assert browser_client.get("/forum/")[page_cache.HEADER] == "hit"
    Category.objects.create(name="Brand new category", slug="brand-new")
    response = browser_client.get("/forum/")
    assert response[page_cache.HEADER] == "miss"
    assert "Brand new category" in response.content.decode()


def test_deleting_content_remakes_the_page(browser_client):
    thread = make_thread(title="A thread that goes away")
    category_url = thread.category.get_absolute_url()
    assert "A thread that goes away" in browser_client.get(category_url).content.decode()
    thread.delete()
    assert "A thread that goes away" not in browser_client.get(category_url).content.decode()


def test_a_change_in_another_worker_shows_within_the_local_window(browser_client, settings):
    make_category()
    browser_client.get("/forum/")
    assert browser_client.get("/forum/")[page_cache.HEADER] == "hit"
    cache.incr("pagegen:forum")  # what another worker's bump does: only Redis changes
    settings.PAGE_CACHE_LOCAL_SECONDS = 0  # the window has passed
    assert browser_client.get("/forum/")[page_cache.HEADER] == "miss"


def test_one_app_changing_does_not_remake_another_apps_pages(browser_client):
    make_category()
    browser_client.get("/forum/")
    browser_client.get("/privacy/")
    page_cache.bump("services_directory")
    assert browser_client.get("/forum/")[page_cache.HEADER] == "hit"
    assert browser_client.get("/privacy/")[page_cache.HEADER] == "hit"
    page_cache.forget_all()
    assert browser_client.get("/privacy/")[page_cache.HEADER] == "miss"


def test_search_depends_on_everything(browser_client):
    browser_client.get("/search/?q=cocaine")
    assert browser_client.get("/search/?q=cocaine")[page_cache.HEADER] == "hit"
    page_cache.bump("forum")
    assert browser_client.get("/search/?q=cocaine")[page_cache.HEADER] == "miss"


def test_query_strings_are_normalised_and_unknown_parameters_bypass(browser_client):
    browser_client.get("/services/?postcode=B5+4BU&open_now=1")
    assert browser_client.get("/services/?open_now=1&postcode=B5+4BU")[page_cache.HEADER] == "hit"
    assert page_cache.HEADER not in browser_client.get("/services/?utm_source=poster")
    assert page_cache.HEADER not in browser_client.get("/services/?q=" + "x" * 200)


def test_per_minute_pages_are_remade_each_minute(browser_client, monkeypatch):
    import datetime

    from django.utils import timezone

    start = timezone.localtime()
    browser_client.get("/services/?open_now=1")
    assert browser_client.get("/services/?open_now=1")[page_cache.HEADER] == "hit"
    later = start + datetime.timedelta(minutes=1)
    monkeypatch.setattr(page_cache.timezone, "localtime", lambda *args: later)
    assert browser_client.get("/services/?open_now=1")[page_cache.HEADER] == "miss"


def test_cached_pages_are_still_counted_by_the_figures_middleware(browser_client, monkeypatch):
    from mylife4me.figures import middleware

    counted = []
    monkeypatch.setattr(middleware, "count_view", lambda request: counted.append(request.path))
    browser_client.get("/privacy/")
    assert browser_client.get("/privacy/")[page_cache.HEADER] == "hit"
    assert counted == ["/privacy/", "/privacy/"]


def test_the_page_still_works_when_the_cache_is_down(browser_client, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(page_cache.cache, "get_many", broken)
    monkeypatch.setattr(page_cache.cache, "get", broken)
    page_cache.forget_local()
    response = browser_client.get("/privacy/")
    assert response.status_code == 200
    assert page_cache.HEADER not in response


def _counting_view(calls: list, action=None):
    @page_cache.public_page()
    def view(request):
        calls.append(1)
        response = HttpResponse("<p>page</p>")
        if action:
            action(request, response)
        return response

    return view


@pytest.mark.parametrize(
    "action",
    [
        pytest.param(lambda request, response: get_token(request), id="holds a CSRF token"),
        pytest.param(lambda request, response: response.set_cookie("x", "1"), id="sets a cookie"),
        pytest.param(lambda request, response: setattr(response, "status_code", 404), id="not found"),
        pytest.param(
            lambda request, response: response.__setitem__("Cache-Control", "private"), id="private"
        ),
    ],
)
def test_pages_that_must_not_be_shared_are_never_stored(action):
    calls: list = []
    view = _counting_view(calls, action)
    factory = RequestFactory()
    view(factory.get("/a-page/"))
    view(factory.get("/a-page/"))
    assert len(calls) == 2


def test_only_get_requests_are_cached():
    calls: list = []
    view = _counting_view(calls)
    factory = RequestFactory()
    view(factory.get("/a-page/"))
    view(factory.get("/a-page/"))
    view(factory.post("/a-page/"))
    view(factory.head("/a-page/"))
    assert len(calls) == 3


def test_a_cached_page_goes_compressed_to_a_browser_that_accepts_gzip(browser_client):
    import gzip

    make_thread(title="A thread long enough to compress")
    plain = browser_client.get("/forum/")
    squeezed = browser_client.get("/forum/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    fresh_squeezed = browser_client.get("/forum/rules/", HTTP_ACCEPT_ENCODING="gzip")  # a miss
    assert squeezed[page_cache.HEADER] == "hit" and fresh_squeezed[page_cache.HEADER] == "miss"
    assert "Content-Encoding" not in plain
    for response in (squeezed, fresh_squeezed):
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"] and "Cookie" in response["Vary"]
        assert response.cookies == {}
    assert gzip.decompress(squeezed.content) == plain.content
    assert len(squeezed.content) < len(plain.content) / 2
    assert "Accept-Encoding" in plain["Vary"]


def test_a_signed_in_page_is_never_compressed(client):
    user = UserFactory()
    client.login(username=user.username, password=PASSWORD)
    response = client.get("/forum/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200 and "Content-Encoding" not in response


def test_migrate_on_a_deploy_remakes_every_cached_page(browser_client):
    from django.core.management import call_command

    make_thread()
    browser_client.get("/forum/")
    assert browser_client.get("/forum/")[page_cache.HEADER] == "hit"
    call_command("migrate", "--no-input", verbosity=0)
    assert browser_client.get("/forum/")[page_cache.HEADER] == "miss"
