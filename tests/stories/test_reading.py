import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mylife4me.core.search import search
from services_directory.models import AdvicePage
from services_directory.taxonomy import ensure_terms
from stories.models import Stage, Story
from tests.stories.helpers import make_story, make_substance

pytestmark = pytest.mark.django_db


def test_the_list_shows_published_stories_featured_first_and_sets_no_cookie(browser_client):
    older_featured = make_story(title="Featured but older", featured=True, days_ago=30)
    newer = make_story(title="Newer one", days_ago=1)
    make_story(title="A draft", state=Story.State.DRAFT)
    make_story(title="Waiting one", state=Story.State.WAITING)
    make_story(title="Taken down", state=Story.State.UNPUBLISHED)
    response = browser_client.get("/stories/")
    assert response.status_code == 200
    assert response.cookies == {}
    text = response.content.decode()
    assert text.index(older_featured.title) < text.index(newer.title)
    for hidden in ["A draft", "Waiting one", "Taken down"]:
        assert hidden not in text


def test_filters_by_stage_and_by_substance_with_a_get_form(client):
    alcohol = make_substance("alcohol", "Alcohol")
    heroin = make_substance("heroin", "Heroin")
    make_story(title="Family about alcohol", stage=Stage.FAMILY, substances=[alcohol])
    make_story(title="Early about heroin", stage=Stage.EARLY, substances=[heroin])
    make_story(title="Family about heroin", stage=Stage.FAMILY, substances=[heroin])

    text = client.get("/stories/", {"stage": "family"}).content.decode()
    assert "Family about alcohol" in text and "Family about heroin" in text
    assert "Early about heroin" not in text
    assert "2 stories from people family and friends" in text

    text = client.get("/stories/", {"substance": "heroin"}).content.decode()
    assert "Early about heroin" in text and "Family about heroin" in text
    assert "Family about alcohol" not in text

    text = client.get("/stories/", {"stage": "family", "substance": "heroin"}).content.decode()
    assert "Family about heroin" in text
    assert "Family about alcohol" not in text and "Early about heroin" not in text
    assert 'method="get"' in text


@pytest.mark.parametrize(
    "junk", [{"stage": "nonsense"}, {"substance": "<script>"}, {"page": "abc"}, {"page": "999"}]
)
def test_unknown_filters_and_pages_never_break_the_list(client, junk):
    make_story(title="Still shown")
    response = client.get("/stories/", junk)
    assert response.status_code == 200
    assert "Still shown" in response.content.decode()


def test_pagination_keeps_the_filters_in_its_links(client):
    for _ in range(12):
        make_story(stage=Stage.THINKING)
    text = client.get("/stories/", {"stage": "thinking"}).content.decode()
    assert "?stage=thinking&amp;page=2" in text
    second = client.get("/stories/", {"stage": "thinking", "page": "2"}).content.decode()
    assert second.count('class="ml4m-results__item"') == 2


def test_a_story_page_shows_related_support_and_the_drugs_it_is_about(browser_client):
    ensure_terms()
    alcohol = make_substance("alcohol", "Alcohol")
    from services_directory.models import TaxonomyTerm

    alcohol.related_categories.add(TaxonomyTerm.objects.get(code="alcohol-services"))
    AdvicePage.objects.create(
        slug="worried-about-someone", title="Worried about someone", summary="s", body="b"
    )
    story = make_story(stage=Stage.FAMILY, substances=[alcohol], body="**We** got through it.")
    response = browser_client.get(story.get_absolute_url())
    assert response.status_code == 200
    assert response.cookies == {}
    text = response.content.decode()
    assert "<strong>We</strong> got through it." in text
    assert "/services/?category=family-friends" in text  # from the stage
    assert "/services/?category=alcohol-services" in text  # from the drug
    assert "/advice/worried-about-someone/" in text
    assert 'href="/drugs/alcohol/"' in text


@pytest.mark.parametrize(
    "state",
    [
        Story.State.DRAFT,
        Story.State.WAITING,
        Story.State.CHANGES,
        Story.State.DECLINED,
        Story.State.UNPUBLISHED,
    ],
)
def test_a_story_that_is_not_published_has_no_public_page(client, state):
    story = make_story()
    url = story.get_absolute_url()
    Story.objects.filter(pk=story.pk).update(state=state)
    assert client.get(url).status_code == 404


def test_story_text_goes_through_the_sanitiser(client):
    story = make_story(
        body="<script>alert(1)</script> [link](javascript:alert(1)) <img src=x onerror=alert(1)>"
    )
    text = client.get(story.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in text and 'href="javascript' not in text and "<img" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text  # shown as text, never run


def test_search_finds_published_stories_only():
    make_story(title="Walking through the door", body="the first time I went")
    make_story(title="Through the door again", state=Story.State.WAITING)
    sections = {section.name: section for section in search("door")}
    titles = [result.title for result in sections["stories"].results]
    assert titles == ["Walking through the door"]


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_list_and_a_story_page_take_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_ENABLED = False  # what a full render costs (a repeat visit costs none)
    ensure_terms()
    substances = [make_substance(f"drug-{n}", f"Drug {n}") for n in range(3)]
    for n in range(5):
        make_story(substances=substances[: n % 3 + 1], featured=n == 0, stage=Stage.EARLY)
    story = Story.objects.filter(state="published").first()
    # substances for the filter form, count, one page of stories (with authors), their substances
    with django_assert_max_num_queries(4):
        client.get("/stories/")
    assert _queries(client, "/stories/") == 4
    assert _queries(client, "/stories/?stage=early&substance=drug-1") == 4
    # the story (with its author), its substances, support categories, advice pages
    with django_assert_max_num_queries(4):
        client.get(story.get_absolute_url())
    assert _queries(client, story.get_absolute_url()) == 4

    for _ in range(50):
        make_story(substances=substances, stage=Stage.EARLY)
    assert _queries(client, "/stories/") == 4
    assert _queries(client, "/stories/?stage=early&substance=drug-1&page=3") == 4
    assert _queries(client, story.get_absolute_url()) == 4
