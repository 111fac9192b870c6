"""What stories hold about a person, for their data download."""

from stories.models import Stage, Story, Subscription


def export_stories(user) -> dict:
    return {
        "stories": [
            {
                "title": story.title,
                "text": story.body,
                "stage": story.get_stage_display(),
                "about": [substance.name for substance in story.substances.all()],
                "credited_as": story.credited_as,
                "status": story.get_state_display(),
                "moderator_note": story.moderator_note,
                "written": story.created_at.isoformat(),
                "published": story.published_at.isoformat() if story.published_at else None,
                "readers_it_helped": story.helped_count,
            }
            for story in Story.objects.filter(author=user)
            .prefetch_related("substances")
            .order_by("created_at")
        ],
        "alerts_about_new_stories": [
            Stage(stage).label
            for stage in Subscription.objects.filter(user=user)
            .order_by("stage")
            .values_list("stage", flat=True)
        ],
    }
