import pytest
from django.core.cache import cache
from django.urls import reverse

from stories.models import HelpedDay, Story
from tests.stories.helpers import make_story

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.77"


def helped(client, story, address=ADDRESS):
    return client.post(reverse("stories:helped", args=[story.slug]), REMOTE_ADDR=address)


def test_this_helped_me_counts_without_an_account_or_a_cookie(browser_client):
    story = make_story()
    page = browser_client.get(story.get_absolute_url())
    assert "This helped me" in page.content.decode() and page.cookies == {}
    response = helped(browser_client, story)
    assert response.status_code == 303
    assert response["Location"] == f"{story.get_absolute_url()}?helped=1#helped"
    assert response.cookies == {}
    story.refresh_from_db()
    assert story.helped_count == 1
    assert list(HelpedDay.objects.values_list("story", "count")) == [(story.pk, 1)]
    thanks = browser_client.get(response["Location"])
    assert "Thank you" in thanks.content.decode() and thanks.cookies == {}


def test_one_client_in_a_loop_counts_once(browser_client):
    story = make_story()
    for _ in range(50):
        response = helped(browser_client, story)
    assert response["Location"].endswith("?helped=0#helped")
    story.refresh_from_db()
    assert story.helped_count == 1
    assert HelpedDay.objects.get().count == 1
    helped(browser_client, story, address="198.51.100.9")  # someone else
    story.refresh_from_db()
    assert story.helped_count == 2


def test_one_client_cannot_inflate_many_stories(browser_client):
    stories = [make_story() for _ in range(25)]
    for story in stories:
        helped(browser_client, story)
    assert sum(Story.objects.values_list("helped_count", flat=True)) == 20  # the hourly limit


def test_the_address_is_never_stored_only_a_keyed_hash_in_the_cache(browser_client):
    story = make_story()
    helped(browser_client, story)
    backend = cache._cache if hasattr(cache, "_cache") else None
    if hasattr(backend, "get_client"):
        keys = [key.decode() for key in backend.get_client().scan_iter(f"{cache.key_prefix}:*")]
    else:
        keys = list(cache._cache.keys())
    assert any("stories-helped:" in key for key in keys)
    assert not any(ADDRESS in key for key in keys)
    for key in keys:
        assert ADDRESS not in str(cache.get(key.split(":", 2)[-1]) if ":" in key else "")
    fields = {f.name for f in HelpedDay._meta.get_fields()}
    assert fields == {"id", "story", "date", "count"}


def test_a_story_that_is_not_published_cannot_be_counted(client):
    story = make_story()
    Story.objects.filter(pk=story.pk).update(state="unpublished")
    assert helped(client, story).status_code == 404
    assert client.get(reverse("stories:helped", args=[story.slug])).status_code == 405


def test_a_cross_site_post_is_refused(client):
    story = make_story()
    client = client.__class__(enforce_csrf_checks=True)
    response = client.post(reverse("stories:helped", args=[story.slug]), HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    story.refresh_from_db()
    assert story.helped_count == 0


def test_writers_see_their_count(client):
    story = make_story()
    helped(client, story)
    client.force_login(story.author)
    text = client.get(reverse("stories:yours")).content.decode()
    assert "Readers it helped" in text and '<dd class="govuk-summary-list__value">1</dd>' in text
