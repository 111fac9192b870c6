"""UK postcodes with their position, loaded by `manage.py import_postcodes` from an ONS-style CSV."""

from django.db import models


class Postcode(models.Model):
    postcode = models.CharField(max_length=8, primary_key=True, help_text='Normalised, for example "B1 1AA".')
    latitude = models.FloatField()
    longitude = models.FloatField()
    local_authority = models.CharField(max_length=100, blank=True)

    def __str__(self) -> str:
        return self.postcode
