"""A person's right to see and erase their data.

Each app that keeps data about a person registers an exporter (what to put in the download) from its
AppConfig.ready, and makes its foreign keys to the user CASCADE or SET_NULL so that deleting the
account removes or anonymises its rows.
"""

import hashlib
import hmac
from collections.abc import Callable

from allauth.mfa.models import Authenticator
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import models, transaction
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


def deleted_name(user_pk: int) -> str:
    """What records that must stay (the moderation log) call a deleted account: stable per account, so
    a moderator can still see that two log rows were about the same person, but not who they were."""
    key = hashlib.sha256(f"{settings.SECRET_KEY}:deleted-account".encode()).digest()
    return "deleted account " + hmac.new(key, str(user_pk).encode(), hashlib.sha256).hexdigest()[:8]


def _name_copies(user_model) -> list[tuple[type[models.Model], str, str]]:
    """(model, foreign key, name field) for each text field `<fk>_name` kept beside a foreign key to the
    user: a copy of the username that would outlive the SET_NULL."""
    found = []
    for model in apps.get_models():
        names = {field.name for field in model._meta.concrete_fields}
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is user_model and f"{field.name}_name" in names:
                found.append((model, field.name, f"{field.name}_name"))
    return found


def _forget_sessions(user_pk: int) -> None:
    """Other signed-in sessions (another phone) hold the account's id: they go too."""
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user_pk):
            session.delete()


def delete_account(user) -> None:
    """Deletes the account; each app's rows go with it (CASCADE) or lose their link to it (SET_NULL).

    Rows that must stay (the moderation log, decisions) keep their integrity: the row, its action and
    time stay, and the copy of the username beside the link is replaced by `deleted_name`.
    """
    user_model = get_user_model()
    with transaction.atomic():
        placeholder = deleted_name(user.pk)
        for model, link, name_field in _name_copies(user_model):
            model._default_manager.filter(**{link: user.pk}).update(**{name_field: placeholder})
        _forget_sessions(user.pk)
        user_model.objects.filter(pk=user.pk).delete()
