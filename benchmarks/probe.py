"""Run by bench.py inside the bench environment: finds the pages to load-test in the seeded database and
measures what a timing run cannot: queries per request and HTML size, each with the page cache off (what a
full render costs) and on (what a repeat visit costs). Prints one JSON object.

Stories and Breaking Free pages are included when those apps have them (a page that does not resolve
is reported as missing, not measured).
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mylife4me.settings")

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from forum.bench_seed import LONG_THREAD_SLUG  # noqa: E402
from forum.models import Category, Thread  # noqa: E402
from mylife4me.core import page_cache  # noqa: E402
from services_directory.models import Service, Substance  # noqa: E402

POSTCODE = "B5 4BU"  # the Bull Ring: a postcode in every West Midlands table (district centre without one)


# What a current browser sends on a navigation (wrk sends the same, see bench.py): pages with a form are
# cached only for browsers that send Fetch Metadata (mylife4me/core/page_cache.py, form=True).
BROWSER = {
    "HTTP_SEC_FETCH_SITE": "none",
    "HTTP_SEC_FETCH_MODE": "navigate",
    "HTTP_SEC_FETCH_DEST": "document",
}


def _story_url() -> str | None:
    """A published story in the middle of the list (not a featured one at the top)."""
    if not apps.is_installed("stories"):
        return None
    from stories.models import Story

    published = Story.objects.filter(state=Story.State.PUBLISHED, featured=False).exclude(slug="")
    story = published.order_by("published_at", "pk")[published.count() // 2 :].first()
    return story.get_absolute_url() if story is not None else None


def pages() -> list[tuple[str, str | None]]:
    long_thread = Thread.objects.get(slug=LONG_THREAD_SLUG)
    last_page = max(1, -(-long_thread.post_count // 20))
    substance = (
        Substance.objects.order_by("name").filter(slug="cannabis").first() or Substance.objects.first()
    )
    service = Service.objects.order_by("name").first()
    category = Category.objects.order_by("position").first()
    return [
        ("bare view", "/bench/bare/"),
        ("home", "/"),
        ("drugs A to Z", "/drugs/"),
        ("substance page", substance.get_absolute_url()),
        ("services near a postcode", f"/services/?postcode={POSTCODE.replace(' ', '+')}"),
        ("services open now", "/services/?open_now=1"),
        ("service page", service.get_absolute_url()),
        ("forum", "/forum/"),
        ("forum category", category.get_absolute_url()),
        ("long thread, first page", long_thread.get_absolute_url()),
        ("long thread, last page", f"{long_thread.get_absolute_url()}?page={last_page}"),
        ("stories", "/stories/" if apps.is_installed("stories") else None),
        ("story page", _story_url()),
        ("search", "/search/?q=cocaine"),
        ("Open Referral API", "/api/openreferral/services"),
    ]


def measure(url: str) -> dict:
    client = Client(**BROWSER)
    # Counted at once: the next request empties the connection's query log.
    with override_settings(PAGE_CACHE_ENABLED=False), CaptureQueriesContext(connection) as full:
        response = client.get(url)
    queries = len(full.captured_queries)
    client.get(url)  # fills the page cache
    with CaptureQueriesContext(connection) as cached:
        again = client.get(url)
    queries_cached = len(cached.captured_queries)
    return {
        "status": response.status_code,
        "queries": queries,
        "queries_cached": queries_cached,
        "html_bytes": len(response.content),
        "cache": again.get(page_cache.HEADER, ""),
        "sets_cookie": bool(response.cookies),
    }


def main() -> None:
    found = []
    for name, url in pages():
        found.append({"name": name, "url": url, **(measure(url) if url else {})})
    print(json.dumps(found))


if __name__ == "__main__":
    main()
