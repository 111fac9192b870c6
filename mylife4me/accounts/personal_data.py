"""A person's right to see and erase their data.

Each app that keeps data about a person registers an exporter (what to put in the download) from its
AppConfig.ready, and makes its foreign keys to the user CASCADE or SET_NULL so that deleting the
account removes or anonymises its rows.
"""

from collections.abc import Callable

from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

Exporter = Callable[[object], dict | list]
_exporters: dict[str, Exporter] = {}


def register_exporter(section: str, exporter: Exporter) -> None:
    _exporters[section] = exporter


def export_account(user) -> dict:
    return {
        "username": user.username,
        "email": user.email or None,
        "joined": user.date_joined.isoformat(),
        "last_signed_in": user.last_login.isoformat() if user.last_login else None,
        "roles": sorted(user.groups.values_list("name", flat=True)),
        "two_factor_authentication": sorted(
            Authenticator.objects.filter(user=user).values_list("type", flat=True)
        ),
    }


def export_user_data(user) -> dict:
    """Everything the site holds about the person, section by section."""
    return {
        "exported_at": timezone.now().isoformat(),
        "site": "MyLife4Me",
        **{section: exporter(user) for section, exporter in sorted(_exporters.items())},
    }


def delete_account(user) -> None:
    """Deletes the account; each app's rows go with it (CASCADE) or lose their link to it (SET_NULL)."""
    with transaction.atomic():
        get_user_model().objects.filter(pk=user.pk).delete()
