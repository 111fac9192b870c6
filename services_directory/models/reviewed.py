from django.db import models


class Reviewed(models.Model):
    """Content that a clinician or content editor must check at least once a year."""

    last_reviewed = models.DateField(null=True, blank=True, help_text="When the content was last checked.")
    reviewed_by = models.CharField(
        max_length=200, blank=True, help_text="Who checked it, for example a name and job title."
    )
    clinically_reviewed = models.BooleanField(
        default=False,
        help_text="Tick only when a clinician has checked this. Until then the page says it is demo content.",
    )

    class Meta:
        abstract = True
