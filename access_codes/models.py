"""Breaking Free Online access codes: the district rule, the code pool, requests and their action log."""

import uuid

from django.conf import settings
from django.db import models


class Rule(models.TextChoices):
    INSIDE = "inside", "Inside Birmingham: eligible"
    OUTSIDE = "outside", "Outside Birmingham: not eligible"
    CHECK = "check", "Split: staff check each request"


class DistrictRule(models.Model):
    """Whether a postcode district counts as Birmingham when the full postcode table cannot say."""

    district = models.CharField(max_length=4, primary_key=True, help_text='An outward code, like "B14".')
    rule = models.CharField(max_length=10, choices=Rule.choices)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["district"]
        verbose_name = "postcode district rule"

    def __str__(self) -> str:
        return f"{self.district}: {self.get_rule_display()}"


class CodeBatch(models.Model):
    name = models.CharField(max_length=100, help_text="For example, the licence or invoice reference.")
    licence_ends = models.DateField(help_text="Codes are never issued after this day.")
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["licence_ends", "id"]
        verbose_name_plural = "code batches"

    def __str__(self) -> str:
        return f"{self.name} (licence ends {self.licence_ends:%d %B %Y})"


class AccessCode(models.Model):
    """One licence code. It stays after issue (the council reconciles licences) but loses its request
    link when the request's contact details are purged."""

    code = models.CharField(max_length=64, unique=True)
    batch = models.ForeignKey(CodeBatch, on_delete=models.PROTECT, related_name="codes")
    issued_at = models.DateTimeField(null=True, blank=True)
    request = models.OneToOneField(
        "CodeRequest", null=True, blank=True, on_delete=models.SET_NULL, related_name="code"
    )

    class Meta:
        indexes = [models.Index(fields=["issued_at", "batch"], name="access_code_free")]

    def __str__(self) -> str:
        return f"Code {self.pk} of batch {self.batch_id}"


class PoolState(models.Model):
    """One row: whether the low-pool alert has gone out since the pool last stood at the threshold."""

    low_alert_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "pool state"

    def __str__(self) -> str:
        return "Pool state"


class Channel(models.TextChoices):
    EMAIL = "email", "Email"
    SMS = "sms", "Text message"


class Substance(models.TextChoices):
    OPIATES_CRACK = "opiates-crack", "Opiates (like heroin) or crack cocaine"
    ALCOHOL = "alcohol", "Alcohol"
    CANNABIS = "cannabis", "Cannabis"
    COCAINE = "cocaine", "Powder cocaine"
    OTHER = "other", "Something else"
    NOT_SAID = "not-said", "Prefer not to say"


class Route(models.TextChoices):
    SELF = "self", "Self-referral"
    PARTNER = "partner", "Partner referral"


class Eligibility(models.TextChoices):
    ELIGIBLE = "eligible", "Birmingham postcode"
    CHECK = "check", "Needs a postcode check"


class State(models.TextChoices):
    WAITING = "waiting", "Waiting"
    ISSUED = "issued", "Code sent"
    DECLINED = "declined", "Declined"


class DeclineReason(models.TextChoices):
    OUTSIDE = "outside", "The postcode is not in Birmingham"
    DUPLICATE = "duplicate", "They already have a code"
    OTHER = "other", "Another reason"


class CodeRequest(models.Model):
    """Someone's request for a code. Not tied to any account. Contact details are blanked
    (purged_at set) a while after the code is sent or the request declined."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    # Contact details: blanked by the purge.
    name = models.CharField(max_length=60, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=20, blank=True, help_text="E.164")
    postcode = models.CharField(max_length=8, blank=True)
    # What the figures keep.
    district = models.CharField(max_length=4)
    channel = models.CharField(max_length=10, choices=Channel.choices)
    substance = models.CharField(max_length=20, choices=Substance.choices, blank=True)
    route = models.CharField(max_length=10, choices=Route.choices, default=Route.SELF)
    organization = models.ForeignKey(
        "services_directory.Organization",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="code_requests",
    )
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    eligibility = models.CharField(max_length=10, choices=Eligibility.choices)
    state = models.CharField(max_length=10, choices=State.choices, default=State.WAITING)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    automatic = models.BooleanField(default=False, help_text="Issued by the automatic rule, not a person.")
    decline_reason = models.CharField(max_length=20, choices=DeclineReason.choices, blank=True)
    decline_note = models.CharField(max_length=300, blank=True)
    pool_empty_at = models.DateTimeField(null=True, blank=True, help_text="Last time issuing found no code.")
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["state", "eligibility", "created_at"], name="access_request_queue"),
            models.Index(fields=["purged_at", "decided_at"], name="access_request_purge"),
        ]

    def __str__(self) -> str:
        return f"Request of {self.created_at:%d %B %Y} ({self.get_state_display()})"

    @property
    def address(self) -> str:
        return self.email if self.channel == Channel.EMAIL else self.phone


class RequestEvent(models.Model):
    """The append-only action log of a request: who did what, when. Rows are never changed or deleted
    through the ORM (a purge leaves them: they hold no contact details)."""

    request = models.ForeignKey(CodeRequest, on_delete=models.PROTECT, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(
        max_length=150,
        help_text=(
            "The username at the time. If that account is deleted it becomes a 'deleted account' "
            "placeholder, the same for every row about that account, so the log stays whole."
        ),
    )
    action = models.CharField(max_length=30)
    detail = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.action} by {self.actor_name}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise ValueError("The action log is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("The action log is append-only")
