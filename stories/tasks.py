from celery import shared_task

from stories import announcing


@shared_task(name="stories.announce_story", ignore_result=True)
def announce_story(story_id: int) -> int:
    return announcing.announce(story_id)


@shared_task(name="stories.announce_missed", ignore_result=True)
def announce_missed() -> int:
    return announcing.announce_missed()
