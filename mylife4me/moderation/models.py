"""What forum and stories share: watched words, standing, flags, the review queue and the action log.

Nothing here knows about a domain app: content is reached through a generic foreign key and the
callbacks a domain app registers in `mylife4me.moderation.registry`.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone


class WatchedWord(models.Model):
    class Action(models.TextChoices):
        BLOCK = "block", "Block (the writer is told why)"
        HOLD = "hold", "Hold for a moderator"
        CRISIS = "crisis", "Crisis (help shown, moderators alerted)"

    pattern = models.CharField(
        max_length=100,
        unique=True,
        help_text="A word or phrase. Use * for any letters: kill* matches kill, killing and killed.",
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    message = models.CharField(
        max_length=300,
        blank=True,
        help_text="For block: what the writer sees. Leave empty for the standard message.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["pattern"]

    def __str__(self) -> str:
        return f"{self.pattern} ({self.get_action_display()})"


class Standing(models.Model):
    """A person's standing in the community: trust level, silence, suspension, agreeing to the rules."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="standing")
    trust_level = models.PositiveSmallIntegerField(default=0, choices=[(0, "0: new"), (1, "1: trusted")])
    trust_level_fixed = models.BooleanField(
        default=False, help_text="Set by a moderator: the automatic rules no longer change it."
    )
    approved_count = models.PositiveIntegerField(default=0)
    agreed_rules_at = models.DateTimeField(null=True, blank=True)
    silenced_until = models.DateTimeField(null=True, blank=True)
    suspended_until = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Standing of {self.user}"

    def is_silenced(self) -> bool:
        return self.silenced_until is not None and self.silenced_until > timezone.now()


class Reason(models.TextChoices):
    HELD = "held", "New member's post"
    WATCHED = "watched", "Watched word"
    CRISIS = "crisis", "Crisis words"
    FLAGGED = "flagged", "Flagged"
    REVIEW = "review", "Checked before publishing"


class ModerationItem(models.Model):
    """One entry in the review queue: a piece of content waiting for a moderator."""

    class State(models.TextChoices):
        OPEN = "open", "Waiting"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        HIDDEN = "hidden", "Hidden"
        CHANGES = "changes", "Sent back for changes"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content = GenericForeignKey("content_type", "object_id")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=10, choices=Reason.choices)
    crisis = models.BooleanField(default=False)
    matched = models.CharField(max_length=100, blank=True, help_text="The watched word that matched.")
    flag_count = models.PositiveIntegerField(default=0)
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_by_name = models.CharField(max_length=150, blank=True)
    # Crisis alerting: when the on-call moderator was told, and when it went further.
    alerted_at = models.DateTimeField(null=True, blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    waiting_alerted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["state", "crisis", "created_at"], name="moderation_queue_idx"),
            models.Index(fields=["content_type", "object_id"], name="moderation_content_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} #{self.pk}"


class Flag(models.Model):
    class Why(models.TextChoices):
        UNKIND = "unkind", "It is unkind"
        UNSAFE = "unsafe", "It gives unsafe advice"
        SPAM = "spam", "It is spam"
        WORRIED = "worried", "I'm worried about this person"
        OTHER = "other", "Something else"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    flagger = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    why = models.CharField(max_length=10, choices=Why.choices)
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "flagger"], name="one_flag_per_person"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_why_display()} #{self.pk}"


class PersonNote(models.Model):
    """A private note moderators keep on a person, shown beside their posts in the queue."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    written_by_name = models.CharField(max_length=150)
    text = models.TextField(max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Note on {self.person_id} by {self.written_by_name}"


class ActionLog(models.Model):
    """Every moderator action. Written once, never edited or deleted through the site."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150, db_index=True)
    action = models.CharField(max_length=40)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    person_name = models.CharField(max_length=150, blank=True, db_index=True)
    target = models.CharField(max_length=200, blank=True)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.actor_name} {self.action} {self.target}"


class OnCallShift(models.Model):
    """The moderator rota: who is alerted first when someone posts in crisis, and who next."""

    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    position = models.PositiveSmallIntegerField(
        default=1, help_text="1 is alerted first; 2 and after when nobody acts in time."
    )
    is_staff_lead = models.BooleanField(
        default=False, help_text="The staff lead is told whenever a crisis alert goes further."
    )

    class Meta:
        ordering = ["starts_at", "position"]

    def __str__(self) -> str:
        return f"{self.moderator} {self.starts_at:%d %b %H:%M}-{self.ends_at:%H:%M} ({self.position})"
