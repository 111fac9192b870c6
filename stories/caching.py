"""Everything cached about published stories goes out of date together, through the page cache.

The story list and story pages are cached whole for anonymous readers (mylife4me/core/page_cache.py,
generation "stories"). Any save or delete of a story bumps that generation by signal; `changed()` is for
writes that send no signal (a queryset update) and for being explicit where a story is published or
taken down, so no cached copy of a story outlives its publication.
"""

from mylife4me.core import page_cache

GENERATION = "stories"


def changed() -> None:
    page_cache.bump(GENERATION)
