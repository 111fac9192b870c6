"""A person's right to their data: the download covers every model that refers to them, and deleting
the account removes or anonymises every row that names them, keeping the moderation log whole.

The models come from the app registry, so a new model with a link to the user fails here until it is
listed below with the download section that covers it (or why it is not personal data to download).
"""

import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import models
from django.test import Client
from django.urls import reverse

from mylife4me.accounts import personal_data
from mylife4me.moderation.models import ActionLog
from tests.factories import PASSWORD, UserFactory
from tests.security.world import PRINCIPALS

pytestmark = pytest.mark.django_db

STAFF_RECORD = (
    "not downloaded: a record of staff work, kept for safeguarding (its link is cleared on deletion)"
)

# "app.Model.field" -> the download section that holds it, or why it is not in the download.
COVERED_BY = {
    "admin.LogEntry.user": STAFF_RECORD,
    "account.EmailAddress.user": "account",
    "mfa.Authenticator.user": "account",
    "alerts.Notification.recipient": "alerts",
    "alerts.AlertSettings.user": "alerts",
    "alerts.AlertPreference.user": "alerts",
    "moderation.Standing.user": "community standing",
    "moderation.ModerationItem.author": "forum",  # the post itself is in the forum section
    "moderation.ModerationItem.resolved_by": STAFF_RECORD,
    "moderation.Flag.flagger": "community standing",
    "moderation.PersonNote.person": "not downloaded: moderators' safeguarding notes (ask the controller)",
    "moderation.PersonNote.written_by": STAFF_RECORD,
    "moderation.ActionLog.actor": STAFF_RECORD,
    "moderation.ActionLog.person": "not downloaded: the moderation log (ask the data controller)",
    "moderation.OnCallShift.moderator": STAFF_RECORD,
    "services_directory.Membership.user": "services directory",
    "services_directory.Organization.staff": "services directory",
    "services_directory.CallbackRequest.closed_by": "services directory",
    "forum.Thread.author": "forum",
    "forum.Post.author": "forum",
    "forum.Subscription.user": "forum",
    "stories.Story.author": "stories",
    "stories.Subscription.user": "stories",
    "access_codes.CodeBatch.imported_by": STAFF_RECORD,
    "access_codes.CodeRequest.referred_by": STAFF_RECORD,
    "access_codes.CodeRequest.decided_by": STAFF_RECORD,
    "access_codes.RequestEvent.actor": STAFF_RECORD,
}


def links_to_the_user() -> list[tuple[type[models.Model], models.Field]]:
    user_model = get_user_model()
    found = []
    for model in apps.get_models():
        if model is user_model:
            continue
        for field in model._meta.get_fields():
            if field.is_relation and field.concrete and field.related_model is user_model:
                found.append((model, field))
    return found


def key(model, field) -> str:
    return f"{model._meta.label}.{field.name}"


def test_every_model_that_refers_to_a_person_is_covered_by_the_download():
    sections = set(personal_data.export_user_data(UserFactory()).keys())
    missing, wrong = [], []
    for model, field in links_to_the_user():
        if field.name == "history_user":  # django-simple-history: who edited a public page
            continue
        cover = COVERED_BY.get(key(model, field))
        if cover is None:
            missing.append(key(model, field))
        elif not cover.startswith("not downloaded") and cover not in sections:
            wrong.append(f"{key(model, field)} -> '{cover}' (no such section in the download)")
    assert not missing, (
        "These links to a person have no entry in COVERED_BY: register an exporter "
        "(mylife4me.accounts.personal_data.register_exporter) and list it: " + ", ".join(missing)
    )
    assert not wrong, wrong


def test_the_download_holds_what_each_linked_table_has_on_the_person(world):
    """For every person in the seeded world with rows in a covered table, that section is not empty."""
    empty = []
    for model, field in links_to_the_user():
        cover = COVERED_BY.get(key(model, field), "")
        if not cover or cover.startswith("not downloaded") or field.many_to_many:
            continue
        user_ids = model._default_manager.exclude(**{f"{field.name}__isnull": True})
        for user_id in user_ids.values_list(field.name, flat=True).distinct()[:3]:
            user = get_user_model().objects.get(pk=user_id)
            section = personal_data.export_user_data(user)[cover]
            if not any(section.values()) if isinstance(section, dict) else not section:
                empty.append(f"{key(model, field)}: '{cover}' is empty for {user.username}")
    assert not empty, empty


def _text_fields(model) -> list[str]:
    return [
        f.name
        for f in model._meta.concrete_fields
        if isinstance(f, models.CharField | models.TextField | models.EmailField) and not f.choices
    ]


def test_deleting_an_account_leaves_no_row_that_names_them(world):
    person = world.users["person"]
    person.username, person.email = "qz-person-to-forget", "qz-forget@example.org"
    person.save()
    moderator = world.users["moderator"]
    from forum.models import Post, Subscription
    from mylife4me.alerts import set_contact
    from mylife4me.moderation import flags, log
    from mylife4me.moderation.models import PersonNote

    set_contact(person, "07700900456")
    held = world.objects["held post"]
    Subscription.objects.get_or_create(user=person, thread=held.thread)
    flags.flag(world.objects["visible post"], person, "unkind", "qz-forget flagged this")
    log.record(moderator, "silence", person=person, target="account", reason="cooling off")
    PersonNote.objects.create(
        person=person, written_by=moderator, written_by_name=moderator.username, text="n"
    )
    person_pk = person.pk
    log_rows = ActionLog.objects.count()
    log_actions = list(ActionLog.objects.order_by("pk").values_list("pk", "action", "created_at"))

    # A second phone still signed in.
    other_phone = Client()
    other_phone.force_login(person)
    browser = Client()
    browser.login(username=person.username, password=PASSWORD)
    response = browser.post(reverse("accounts:delete"), {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302, response.content.decode()[:2000]

    assert not get_user_model().objects.filter(pk=person_pk).exists()
    naming = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            links = field.is_relation and field.related_model is get_user_model()
            if links and model._default_manager.filter(**{field.name: person_pk}).exists():
                naming.append(f"{model._meta.label}.{field.name} still links to the account")
        for name in _text_fields(model):
            for value in ("qz-person-to-forget", "qz-forget@example.org", "7700900456"):
                if model._default_manager.filter(**{f"{name}__icontains": value}).exists():
                    naming.append(f"{model._meta.label}.{name} holds {value!r}")
    for session in Session.objects.all():
        if str(session.get_decoded().get("_auth_user_id")) == str(person_pk):
            naming.append("a session still signed in as the account")
    assert not naming, naming

    # The moderation log keeps every row, action and time; the person is a stable placeholder.
    assert ActionLog.objects.count() == log_rows
    assert list(ActionLog.objects.order_by("pk").values_list("pk", "action", "created_at")) == log_actions
    placeholder = personal_data.deleted_name(person_pk)
    assert ActionLog.objects.filter(person_name=placeholder, action="silence").exists()
    assert (
        Post.objects.filter(pk=held.pk, author=None).exists() or not Post.objects.filter(pk=held.pk).exists()
    )
    assert other_phone.get(reverse("accounts:home")).status_code == 302


def test_the_download_is_the_persons_own_and_complete_json(world):
    person = world.users["person"]
    client = world.client(next(p for p in PRINCIPALS if p.name == "person"))
    download = client.post(reverse("accounts:your_data"))
    data = json.loads(download.content)
    assert data["account"]["username"] == person.username
    assert any("waiting for a moderator" in post["text"] for post in data["forum"]["posts"])
