from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Category(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(unique=True)
    description = models.CharField(max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    # Counts of what everyone can see, kept up to date by forum.counters.
    thread_count = models.PositiveIntegerField(default=0)
    post_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:category", args=[self.slug])


class Thread(models.Model):
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="threads")
    title = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, allow_unicode=False)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    # A thread is public once its first post is visible.
    visible = models.BooleanField(default=False)
    locked = models.BooleanField(default=False)
    pinned = models.BooleanField(default=False)
    reply_count = models.PositiveIntegerField(default=0)
    post_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    last_post_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(
                fields=["category", "visible", "-pinned", "-last_post_at"], name="forum_thread_list_idx"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:thread", args=[self.pk, self.slug or "thread"])


class Post(models.Model):
    class State(models.TextChoices):
        VISIBLE = "visible", "Visible"
        HELD = "held", "Waiting for a moderator"
        REJECTED = "rejected", "Rejected"
        HIDDEN = "hidden", "Hidden"

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    body = models.TextField(max_length=10000)
    state = models.CharField(max_length=10, choices=State.choices, default=State.VISIBLE)
    is_first = models.BooleanField(default=False)
    links_allowed = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            # Pages of a thread: the visible posts in time order, found without a sort.
            models.Index(fields=["thread", "state", "created_at", "id"], name="forum_post_page_idx"),
            models.Index(fields=["author", "created_at"], name="forum_post_author_idx"),
        ]

    def __str__(self) -> str:
        return f"Post {self.pk} in {self.thread_id}"

    def get_absolute_url(self) -> str:
        return reverse("forum:post", args=[self.pk])


class Subscription(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="subscriptions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["thread", "user"], name="one_subscription_per_thread")]

    def __str__(self) -> str:
        return f"{self.user_id} follows {self.thread_id}"
