"""What the forum holds about a person, for their data download."""

from forum.models import Post, Subscription


def export_forum(user) -> dict:
    return {
        "posts": [
            {
                "thread": post.thread.title,
                "written": post.created_at.isoformat(),
                "status": post.get_state_display(),
                "text": post.body,
            }
            for post in Post.objects.filter(author=user).select_related("thread").order_by("created_at")
        ],
        "following": list(
            Subscription.objects.filter(user=user)
            .order_by("created_at")
            .values_list("thread__title", flat=True)
        ),
    }
