"""Stories in the page cache: anonymous readers share one copy, taking a story down removes it at once,
and a cached story page never carries anyone's CSRF token."""

import re

import pytest
from django.middleware.csrf import get_token
from django.test import Client
from django.test.client import RequestFactory
from django.urls import reverse

from mylife4me.core import page_cache
from stories import writing
from stories.models import Story
from tests.stories.helpers import make_story

pytestmark = pytest.mark.django_db

TOKEN_FIELD = 'name="csrfmiddlewaretoken"'


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.BENCH_MODE = True  # adds X-Page-Cache: hit / miss
    settings.PAGE_CACHE_ENABLED = True


def test_a_second_anonymous_visit_to_the_list_and_a_story_is_a_hit_and_taking_it_down_is_seen_at_once(
    browser_client, django_assert_num_queries
):
    story = make_story(title="A story worth caching")
    for path in ("/stories/", story.get_absolute_url()):
        first = browser_client.get(path)
        assert first[page_cache.HEADER] == "miss", path
        with django_assert_num_queries(0):
            second = browser_client.get(path)
        assert second[page_cache.HEADER] == "hit", path
        assert second.content == first.content and "A story worth caching" in second.content.decode()
        assert second.cookies == {}

    writing.unpublish(story)

    assert browser_client.get(story.get_absolute_url()).status_code == 404
    listed = browser_client.get("/stories/")
    assert listed[page_cache.HEADER] == "miss"
    assert "A story worth caching" not in listed.content.decode()


def test_a_filtered_or_paged_list_is_cached_apart_and_unknown_parameters_are_not(browser_client):
    make_story(stage="family", title="A family story")
    assert browser_client.get("/stories/?stage=family")[page_cache.HEADER] == "miss"
    assert browser_client.get("/stories/?stage=family")[page_cache.HEADER] == "hit"
    assert browser_client.get("/stories/")[page_cache.HEADER] == "miss"
    assert page_cache.HEADER not in browser_client.get("/stories/?utm_source=poster")


def test_a_moderator_hiding_a_story_or_a_queryset_update_with_changed_removes_it(browser_client):
    story = make_story(title="Soon hidden")
    browser_client.get(story.get_absolute_url())
    writing.hide(story)
    assert browser_client.get(story.get_absolute_url()).status_code == 404

    other = make_story(title="Changed quietly")
    browser_client.get(other.get_absolute_url())
    Story.objects.filter(pk=other.pk).update(title="Changed by update")  # sends no signal
    from stories import caching

    caching.changed()
    assert "Changed by update" in browser_client.get(other.get_absolute_url()).content.decode()


def test_a_modern_browser_gets_a_story_page_with_no_token_and_can_still_say_it_helped(browser_client):
    story = make_story()
    browser_client.get(story.get_absolute_url())
    cached = browser_client.get(story.get_absolute_url())
    assert cached[page_cache.HEADER] == "hit"
    assert TOKEN_FIELD not in cached.content.decode() and cached.cookies == {}
    assert "Sec-Fetch-Site" in cached["Vary"]
    posted = Client(enforce_csrf_checks=True).post(
        reverse("stories:helped", args=[story.slug]), HTTP_SEC_FETCH_SITE="same-origin"
    )
    assert posted.status_code == 303 and posted["Location"].endswith("?helped=1#helped")


def test_an_old_browser_gets_its_own_token_and_its_page_is_never_stored_or_served_from_the_cache(
    browser_client,
):
    story = make_story()
    old = Client(enforce_csrf_checks=True)  # sends no Fetch Metadata
    pages = [old.get(story.get_absolute_url()) for _ in range(2)]
    tokens = [re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', p.content.decode()) for p in pages]
    assert all(tokens) and tokens[0].group(1) != tokens[1].group(1)  # masked afresh each time
    assert all(page_cache.HEADER not in p for p in pages)
    assert pages[0].cookies  # the token's cookie, for this browser only
    # A modern browser after it is not handed the old browser's page.
    modern = browser_client.get(story.get_absolute_url())
    assert modern[page_cache.HEADER] == "miss" and TOKEN_FIELD not in modern.content.decode()
    # The old browser's form still posts, with its token.
    posted = old.post(
        reverse("stories:helped", args=[story.slug]), {"csrfmiddlewaretoken": tokens[1].group(1)}
    )
    assert posted.status_code == 303
    refused = Client(enforce_csrf_checks=True).post(reverse("stories:helped", args=[story.slug]))
    assert refused.status_code == 403


def test_the_fallback_tag_writes_a_token_only_without_fetch_metadata():
    from django.template import Context, Template

    template = Template("{% load fetch_metadata %}{% csrf_fallback %}")
    old = RequestFactory().get("/")
    assert TOKEN_FIELD in template.render(Context({"request": old}))
    assert old.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    modern = RequestFactory().get("/", HTTP_SEC_FETCH_SITE="none")
    assert template.render(Context({"request": modern})) == ""
    assert not modern.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    get_token(modern)  # the tag is the only thing that would have asked for one
