import copy
from pathlib import Path

import pytest

from mylife4me.alerts.kinds import AlertKind, register_kind, unregister_kind
from mylife4me.celery import app as celery_app

HERE = Path(__file__).parent

REPLY = AlertKind(
    name="tests.reply",
    label="Replies in threads you follow",
    email_subject="New reply in a thread you follow",
    email_template="tests_alerts/reply.txt",
    sms_template="MyLife4Me: someone replied in a thread you follow. {{ url }}",
    channels=frozenset({"email", "sms"}),
    default_channels=frozenset({"email"}),
)
CRISIS = AlertKind(
    name="tests.crisis",
    label="Posts that need a moderator now",
    email_subject="A post needs a moderator now",
    email_template="tests_alerts/reply.txt",
    sms_template="MyLife4Me: a post needs a moderator now. {{ url }}",
    channels=frozenset({"sms", "email"}),
    default_channels=frozenset({"sms"}),
    urgent=True,
)


@pytest.fixture(autouse=True)
def alert_kinds(settings):
    """Two kinds like the forum's and moderation's, with a test template directory."""
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], HERE / "templates"]
    settings.TEMPLATES = templates
    settings.SITE_URL = "https://mylife4me.example"
    register_kind(REPLY)
    register_kind(CRISIS)
    yield REPLY, CRISIS
    unregister_kind(REPLY.name)
    unregister_kind(CRISIS.name)


@pytest.fixture
def eager(settings):
    """Tasks run in-process, as under `make run` (REDIS_URL may be set for the cache in CI)."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    settings.ALERTS_EMAIL_BACKEND = "django"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SMS_BACKEND = "console"
    yield
    celery_app.conf.task_always_eager = previous
