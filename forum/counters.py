"""The public counts on categories and threads, recomputed whenever what everyone can see changes."""

from django.db.models import Max, Sum

from forum.models import Category, Post, Thread


def refresh_thread(thread: Thread) -> None:
    visible = Post.objects.filter(thread=thread, state=Post.State.VISIBLE)
    count = visible.count()
    last = visible.aggregate(last=Max("created_at"))["last"]
    thread.post_count = count
    thread.reply_count = max(count - 1, 0)
    thread.last_post_at = last or thread.created_at
    thread.save(update_fields=["post_count", "reply_count", "last_post_at", "visible"])
    refresh_category(thread.category_id)


def refresh_category(category_id: int) -> None:
    threads = Thread.objects.filter(category_id=category_id, visible=True)
    totals = threads.aggregate(posts=Sum("post_count"))
    Category.objects.filter(pk=category_id).update(
        thread_count=threads.count(), post_count=totals["posts"] or 0
    )
