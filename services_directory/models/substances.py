from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from services_directory.models.reviewed import Reviewed
from services_directory.models.taxonomy import TaxonomyTerm


class SubstanceType(models.TextChoices):
    OPIOIDS = "opioids", "Opioids"
    STIMULANTS = "stimulants", "Stimulants"
    DEPRESSANTS = "depressants", "Depressants"
    CANNABINOIDS = "cannabinoids", "Cannabis and cannabinoids"
    DISSOCIATIVES = "dissociatives", "Dissociatives"
    PSYCHEDELICS = "psychedelics", "Psychedelics"
    EMPATHOGENS = "empathogens", "Empathogens"
    NPS = "nps", "New psychoactive substances"
    OTHER = "other", "Other"


class LawClass(models.TextChoices):
    CLASS_A = "class_a", "Class A"
    CLASS_B = "class_b", "Class B"
    CLASS_C = "class_c", "Class C"
    PSYCHOACTIVE_SUBSTANCES_ACT = "psychoactive_substances_act", "Psychoactive Substances Act"
    PRESCRIPTION_ONLY = "prescription_only", "Prescription only"
    AGE_RESTRICTED = "age_restricted", "Age restricted"
    NOT_CONTROLLED = "not_controlled", "Not controlled"


MARKDOWN_HELP = (
    "Markdown: a blank line between paragraphs, - for a list, ### for a heading, [words](address) for a link."
)


# The markdown fields of a substance page, in page order (the admin form and the demo loader use this).
MARKDOWN_FIELDS = (
    "what_it_is",
    "how_taken",
    "how_it_feels",
    "duration",
    "detection",
    "risks_physical",
    "risks_mental",
    "cut_with",
    "addiction_withdrawal",
    "law_detail",
    "staying_safer",
    "worried_about_friend",
)


def _markdown(verbose_name: str) -> models.TextField:
    return models.TextField(verbose_name, blank=True, help_text=MARKDOWN_HELP)


class Substance(Reviewed):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    other_names = models.TextField(
        "other names",
        blank=True,
        help_text="Street names and other names, one on each line. Search finds the drug by each of them.",
    )
    substance_type = models.CharField("type", max_length=20, choices=SubstanceType.choices)
    summary = models.CharField(
        max_length=300, help_text="One plain sentence, shown in the A to Z and search."
    )
    what_it_is = _markdown("what it is and how it looks")
    how_taken = _markdown("how people take it")
    how_it_feels = _markdown("how it can feel")
    duration = _markdown("how long it lasts")
    detection = _markdown("how long it can be detected")
    risks_physical = _markdown("risks to your body")
    risks_mental = _markdown("risks to your mental health")
    cut_with = _markdown("what it can be cut with")
    addiction_withdrawal = _markdown("addiction and withdrawal")
    law_class = models.CharField("the law", max_length=40, choices=LawClass.choices)
    law_detail = _markdown("what the law says and what happens if you are caught")
    staying_safer = _markdown("staying safer")
    worried_about_friend = _markdown("if you are worried about a friend")
    related_categories = models.ManyToManyField(
        TaxonomyTerm,
        blank=True,
        related_name="substances",
        verbose_name="related support",
        help_text="Kinds of support the page links to in the services directory.",
    )
    history = HistoricalRecords(m2m_fields=[related_categories])

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("services_directory:substance", args=[self.slug])

    @property
    def other_names_list(self) -> list[str]:
        return [name.strip() for name in self.other_names.splitlines() if name.strip()]


class MixingLevel(models.TextChoices):
    DANGEROUS = "dangerous", "Dangerous"
    HIGH_RISK = "high_risk", "High risk"
    CAUTION = "caution", "Take care"


MIXING_SEVERITY = {MixingLevel.DANGEROUS: 0, MixingLevel.HIGH_RISK: 1, MixingLevel.CAUTION: 2}


class MixingRisk(models.Model):
    """The risk of taking two substances together. Each pair is stored once (a before b) and shown on
    both substances' pages."""

    substance_a = models.ForeignKey(Substance, on_delete=models.CASCADE, related_name="+")
    substance_b = models.ForeignKey(Substance, on_delete=models.CASCADE, related_name="+")
    level = models.CharField(max_length=20, choices=MixingLevel.choices)
    note = models.TextField(help_text="Plain text: what can happen when they are mixed.")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "mixing risk"
        constraints = [
            models.UniqueConstraint(fields=["substance_a", "substance_b"], name="unique_mixing_pair"),
            models.CheckConstraint(
                condition=Q(substance_a__lt=F("substance_b")), name="mixing_pair_in_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.substance_a} and {self.substance_b}"

    def save(self, *args, **kwargs) -> None:
        self.put_in_order()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.substance_a_id and self.substance_a_id == self.substance_b_id:
            raise ValidationError("Choose two different substances.")
        self.put_in_order()
        duplicate = MixingRisk.objects.filter(
            substance_a_id=self.substance_a_id, substance_b_id=self.substance_b_id
        ).exclude(pk=self.pk)
        if self.substance_a_id and self.substance_b_id and duplicate.exists():
            raise ValidationError("This pair already has a mixing risk. Edit that one instead.")

    def put_in_order(self) -> None:
        if self.substance_a_id and self.substance_b_id and self.substance_a_id > self.substance_b_id:
            self.substance_a, self.substance_b = self.substance_b, self.substance_a

    def other_than(self, substance: Substance) -> Substance:
        return self.substance_b if self.substance_a_id == substance.pk else self.substance_a
