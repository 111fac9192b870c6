"""What readers see: the published stories, filtered and paged, and the support each story points to."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, Q, QuerySet

from services_directory.models import AdvicePage, Substance, TaxonomyTerm
from services_directory.taxonomy import TAXONOMY_NAME
from stories.models import Stage, Story

PER_PAGE = 10

# The support shown at the foot of a story, by its stage: (support categories, advice pages). The
# categories of the drugs the story is about are added to these.
STAGE_SUPPORT: dict[str, tuple[list[str], list[str]]] = {
    Stage.THINKING: (["advice-information", "mutual-aid-peer-support"], ["what-treatment-is-like", "faqs"]),
    Stage.TREATMENT: (
        ["substitute-prescribing", "detox", "mutual-aid-peer-support"],
        ["what-treatment-is-like", "staying-safer"],
    ),
    Stage.EARLY: (["mutual-aid-peer-support", "mentoring", "employment-training"], ["staying-safer"]),
    Stage.LONG_TERM: (["volunteering", "mentoring", "courses"], ["staying-safer"]),
    Stage.FAMILY: (["family-friends"], ["worried-about-someone"]),
}


def published() -> QuerySet:
    return Story.objects.filter(state=Story.State.PUBLISHED)


def _with_details(stories: QuerySet) -> QuerySet:
    return stories.select_related("author").prefetch_related(
        Prefetch("substances", queryset=Substance.objects.only("name", "slug").order_by("name"))
    )


def story_list(*, stage: str = "", substance: str = "", page: str | None = None) -> Page:
    """A page of published stories, featured first, then newest. Four queries whatever the numbers."""
    stories = published()
    if stage:
        stories = stories.filter(stage=stage)
    if substance:
        stories = stories.filter(substances__slug=substance)
    ordered = _with_details(stories).order_by("-featured", "-published_at", "-id")
    return Paginator(ordered, PER_PAGE).get_page(page)


def published_story(slug: str) -> Story | None:
    return _with_details(published().filter(slug=slug)).first()


@dataclass(frozen=True)
class RelatedSupport:
    categories: list[TaxonomyTerm]
    advice: list[AdvicePage]


def related_support(story: Story) -> RelatedSupport:
    """Support categories (for the stage, and of the drugs the story is about) and advice pages."""
    codes, advice_slugs = STAGE_SUPPORT.get(story.stage, ([], []))
    substance_ids = [substance.pk for substance in story.substances.all()]
    terms = (
        TaxonomyTerm.objects.filter(taxonomy__name=TAXONOMY_NAME)
        .filter(Q(code__in=codes) | Q(substances__in=substance_ids))
        .only("code", "name")
        .distinct()
        .order_by("name")
    )
    advice = AdvicePage.objects.filter(slug__in=advice_slugs).only("slug", "title", "summary")
    return RelatedSupport(list(terms), list(advice))


def own_stories(user) -> list[Story]:
    return list(Story.objects.filter(author=user).order_by("-updated_at", "-id"))
