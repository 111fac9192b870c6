from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from services_directory.models.reviewed import Reviewed


class AdvicePage(Reviewed):
    slug = models.SlugField(max_length=100, unique=True)
    title = models.CharField(max_length=200)
    summary = models.CharField(max_length=300, help_text="One plain sentence, shown in lists and search.")
    body = models.TextField(help_text="Markdown. Use ## for headings.")
    order = models.PositiveIntegerField(default=100, help_text="Lower numbers come first in the list.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("services_directory:advice_page", args=[self.slug])
