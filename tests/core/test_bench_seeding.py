"""`seed_bench` and the bench seeders, and the public pages' query counts at two data sizes.

Every page the benchmark drives must cost the same few queries (at most 12) with ten times the data, with
the page cache off (what a first visit costs).
"""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from forum.bench_seed import LONG_THREAD_SLUG
from forum.models import Post, Thread
from mylife4me.core.bench_seeding import Scale, bench_seeders, seed_users
from services_directory import bench_seed as directory_seed
from services_directory.models import Service
from tests.services import need

pytestmark = pytest.mark.django_db

DIRECTORY_PAGES = [
    "/",
    "/drugs/",
    "/drugs/cannabis/",
    "/advice/",
    "/services/",
    "/services/?postcode=B5+4BU",
    "/services/?open_now=1",
    "/services/?q=alcohol",
    "/search/?q=cocaine",
    "/api/openreferral/services",
]
MAX_QUERIES = 12


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as counted:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(counted.captured_queries)


def test_seed_bench_refuses_outside_bench_mode(settings):
    settings.BENCH_MODE = False
    with pytest.raises(CommandError, match="MYLIFE4ME_BENCH"):
        call_command("seed_bench", "--scale", "0.001")


def test_apps_register_their_seeders_in_order():
    names = [name for name, _seeder in bench_seeders()]
    assert names.index("people") < names.index("directory") < names.index("forum")


def test_directory_pages_cost_the_same_queries_with_ten_times_the_services(client):
    say = [].append
    seed_users(Scale(0.001), say)
    directory_seed.seed_directory(Scale(0.1), say)  # the 29 demo services and one more
    small = Service.objects.count()
    few = {url: _queries(client, url) for url in DIRECTORY_PAGES}
    service = Service.objects.order_by("name").first()
    few[service.get_absolute_url()] = _queries(client, service.get_absolute_url())
    directory_seed.seed_directory(Scale(1.0), say)
    assert Service.objects.count() == 300 >= small * 10
    for url, count in few.items():
        assert count <= MAX_QUERIES, url
        assert _queries(client, url) == count, url


def test_forum_seeder_and_pages_cost_the_same_queries_at_ten_times_the_size(client, settings):
    need(connection.vendor == "postgresql", "the forum bench seeder needs PostgreSQL (generate_series)")
    settings.BENCH_MODE = True
    call_command("seed_bench", "--scale", "0.001", "--only", "people", "forum", stdout=None)
    long_thread = Thread.objects.get(slug=LONG_THREAD_SLUG)
    assert long_thread.post_count == 6  # 5 replies at a thousandth of the full 5,000
    assert Thread.objects.count() == 50 and Post.objects.count() == 500

    def pages() -> list[str]:
        thread = Thread.objects.get(slug=LONG_THREAD_SLUG)
        last = -(-thread.post_count // settings.FORUM_POSTS_PER_PAGE)
        category = thread.category.get_absolute_url()
        return ["/forum/", category, thread.get_absolute_url(), f"{thread.get_absolute_url()}?page={last}"]

    few = [_queries(client, url) for url in pages()]
    Post.objects.all().delete()
    Thread.objects.all().delete()
    call_command("seed_bench", "--scale", "0.01", "--only", "forum", stdout=None)
    assert Thread.objects.get(slug=LONG_THREAD_SLUG).post_count == 51
    many = [_queries(client, url) for url in pages()]
    assert many == few
    assert max(many) <= MAX_QUERIES


def _stories_pages() -> list[str]:
    from stories.models import Story

    first = Story.objects.filter(state=Story.State.PUBLISHED).order_by("pk").first()
    return ["/stories/", "/stories/?stage=family", "/stories/?page=3", first.get_absolute_url()]


def test_stories_seeder_and_pages_cost_the_same_queries_at_ten_times_the_size(client, settings):
    from stories.models import HelpedDay, Story

    settings.BENCH_MODE = True
    call_command("seed_bench", "--scale", "0.01", "--only", "people", "directory", "stories", stdout=None)
    published = Story.objects.filter(state=Story.State.PUBLISHED)
    assert published.count() == 20 and Story.objects.exclude(state=Story.State.PUBLISHED).exists()
    assert published.filter(featured=True).exists()
    assert set(published.values_list("stage", flat=True)) == {
        "thinking", "treatment", "early", "long_term", "family",
    }  # fmt: skip
    assert not published.filter(slug="").exists()
    assert HelpedDay.objects.exists()
    few = [_queries(client, url) for url in _stories_pages()]
    Story.objects.all().delete()
    call_command("seed_bench", "--scale", "0.1", "--only", "stories", stdout=None)
    assert published.count() == 200
    many = [_queries(client, url) for url in _stories_pages()]
    assert many == few
    assert max(many) <= MAX_QUERIES


def test_access_codes_seeder_makes_a_realistic_queue():
    from access_codes import pool
    from access_codes.models import AccessCode, CodeRequest, RequestEvent

    need(connection.vendor == "postgresql", "the access codes bench seeder needs PostgreSQL")
    with override_settings(BENCH_MODE=True):
        call_command("seed_bench", "--scale", "0.1", "--only", "directory", "access codes", stdout=None)
    assert CodeRequest.objects.count() == 500
    states = dict(CodeRequest.objects.values_list("state").annotate(n=Count("id")))
    assert states["issued"] > 400 and 0 < states["waiting"] < 20 and 20 < states["declined"] < 60
    purged = CodeRequest.objects.filter(purged_at__isnull=False)
    assert purged.exists() and not purged.exclude(name="", email="", phone="", postcode="").exists()
    assert not CodeRequest.objects.filter(purged_at__isnull=True, name="").exists()
    assert AccessCode.objects.filter(issued_at__isnull=False).count() == states["issued"]
    assert pool.remaining() == 100
    assert not AccessCode.objects.filter(request__purged_at__isnull=False).exists()
    assert RequestEvent.objects.filter(action="requested").count() == 500
    assert RequestEvent.objects.filter(action__in=["issued", "declined"]).count() == 500 - states["waiting"]
