"""Recovery stories, who is told about new ones, and how many readers said a story helped them."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from mylife4me.moderation.models import ModerationItem
from services_directory.models import Substance


class Stage(models.TextChoices):
    THINKING = "thinking", "Thinking about change"
    TREATMENT = "treatment", "In treatment"
    EARLY = "early", "Early recovery"
    LONG_TERM = "long_term", "Long-term recovery"
    FAMILY = "family", "Family and friends"


class Credit(models.TextChoices):
    PSEUDONYM = "pseudonym", "My username"
    ANONYMOUS = "anonymous", "Anonymous"
    FIRST_NAME = "first_name", "A first name I choose"


class Story(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", "Draft"
        WAITING = "waiting", "Waiting for a moderator"
        CHANGES = "changes", "Changes asked for"
        PUBLISHED = "published", "Published"
        DECLINED = "declined", "Not published"
        UNPUBLISHED = "unpublished", "Taken down"

    # Deleting an account deletes its stories (see the README): nothing someone wrote outlives their account.
    # Null only for stories an editor adds without an account (the demo).
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="stories"
    )
    title = models.CharField(max_length=120)
    body = models.TextField(max_length=10000)
    stage = models.CharField(max_length=12, choices=Stage.choices)
    substances = models.ManyToManyField(Substance, blank=True, related_name="stories")
    credit = models.CharField(max_length=12, choices=Credit.choices, default=Credit.ANONYMOUS)
    credit_name = models.CharField("first name to show", max_length=30, blank=True)
    state = models.CharField(max_length=12, choices=State.choices, default=State.DRAFT)
    # A moderator's last note or reason, shown to the writer on their stories page.
    moderator_note = models.TextField(blank=True)
    featured = models.BooleanField(default=False, help_text="Featured stories come first in the list.")
    demo = models.BooleanField(
        default=False, help_text="Illustrative demo content, not a real person's story."
    )
    slug = models.SlugField(max_length=110, blank=True)
    helped_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    announced_at = models.DateTimeField(null=True, blank=True)
    # Queue entries go with the story when it is deleted (an account deleted, say).
    moderation_items = GenericRelation(ModerationItem, object_id_field="object_id")

    class Meta:
        verbose_name_plural = "stories"
        constraints = [
            models.UniqueConstraint(fields=["slug"], condition=~Q(slug=""), name="stories_unique_slug")
        ]
        indexes = [
            # The list, with and without a stage filter: featured first, then newest.
            models.Index(fields=["state", "-featured", "-published_at", "-id"], name="stories_list_idx"),
            models.Index(
                fields=["state", "stage", "-featured", "-published_at", "-id"], name="stories_stage_idx"
            ),
            models.Index(fields=["author", "-updated_at"], name="stories_author_idx"),
            models.Index(fields=["published_at"], name="stories_published_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        if self.slug:
            return reverse("stories:story", args=[self.slug])
        return reverse("stories:yours")

    @property
    def is_published(self) -> bool:
        return self.state == self.State.PUBLISHED

    @property
    def can_edit(self) -> bool:
        return self.state in {self.State.DRAFT, self.State.CHANGES}

    @property
    def credited_as(self) -> str:
        if self.credit == Credit.FIRST_NAME and self.credit_name:
            return self.credit_name
        if self.credit == Credit.PSEUDONYM and self.author is not None:
            return self.author.get_username()
        return "Anonymous"


class Subscription(models.Model):
    """Someone who wants to hear about new stories at one stage: a person with an account (the channel is
    their choice on the alerts page), or a confirmed email address or UK mobile without one."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    address = models.CharField(max_length=254, blank=True)
    stage = models.CharField(max_length=12, choices=Stage.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "stage"], condition=Q(user__isnull=False), name="stories_one_user_stage"
            ),
            models.UniqueConstraint(
                fields=["address", "stage"], condition=~Q(address=""), name="stories_one_address_stage"
            ),
            models.CheckConstraint(
                condition=(Q(user__isnull=False) & Q(address="")) | (Q(user__isnull=True) & ~Q(address="")),
                name="stories_user_or_address",
            ),
        ]
        indexes = [models.Index(fields=["stage"], name="stories_subscription_stage")]

    def __str__(self) -> str:
        return f"Subscription to {self.stage}"


class HelpedDay(models.Model):
    """How many readers said a story helped them, per day. Nothing about who they were."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="helped_days")
    date = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["story", "date"], name="stories_one_helped_day")]
        indexes = [models.Index(fields=["date"], name="stories_helped_date")]

    def __str__(self) -> str:
        return f"{self.story_id} on {self.date}: {self.count}"
