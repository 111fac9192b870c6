"""Alerts about new stories, by stage.

People with an account choose stages here and the channel on their alerts page. Without an account,
an email address or UK mobile is added only after a double opt-in: a signed link (valid for
CONFIRM_DAYS) is sent first, and nothing is stored until it is followed. Every alert carries the alerts
system's stop link; an address that stops is dropped from the list (see announcing).
"""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse

from mylife4me.alerts import notify
from mylife4me.alerts.models import Suppression
from mylife4me.alerts.preferences import address_hash
from mylife4me.core.ratelimit import over_limit
from stories.alert_kinds import CONFIRM, NEW_STORY
from stories.models import Stage, Subscription

CONFIRM_DAYS = 7
_SALT = "stories.subscription"
# Stages travel in the link as one letter each, to keep it short enough for a text message.
_LETTERS = {stage.value: letter for stage, letter in zip(Stage, "abcde", strict=True)}
_STAGES = {letter: stage for stage, letter in _LETTERS.items()}


def user_stages(user) -> list[str]:
    return list(Subscription.objects.filter(user=user).values_list("stage", flat=True))


@transaction.atomic
def set_user_stages(user, stages: list[str]) -> None:
    Subscription.objects.filter(user=user).exclude(stage__in=stages).delete()
    for stage in stages:
        Subscription.objects.get_or_create(user=user, stage=stage)


def confirmation_token(address: str, stages: list[str]) -> str:
    letters = "".join(sorted(_LETTERS[stage] for stage in stages))
    return signing.dumps({"a": address, "s": letters}, salt=_SALT, compress=True)


def read_confirmation(token: str) -> tuple[str, list[str]] | None:
    """(address, stages) from a confirmation link, or None when it is wrong or too old."""
    try:
        data = signing.loads(token, salt=_SALT, max_age=CONFIRM_DAYS * 24 * 3600)
        stages = [_STAGES[letter] for letter in data["s"]]
    except (signing.BadSignature, KeyError, TypeError):
        return None
    if not stages or not isinstance(data.get("a"), str):
        return None
    return data["a"], stages


# Confirmation links: per client an hour, and per address a day (so no one can flood someone else).
CLIENT_LIMIT, CLIENT_WINDOW = 5, 3600
ADDRESS_LIMIT, ADDRESS_WINDOW = 3, 24 * 3600


def too_many_requests(client: str, address: str) -> bool:
    """Counts one request for a confirmation link; True when the client or the address has had enough."""
    over_client = over_limit(f"stories-subscribe:{client}", CLIENT_LIMIT, CLIENT_WINDOW)
    over_address = over_limit(
        f"stories-subscribe-address:{address_hash(address)}", ADDRESS_LIMIT, ADDRESS_WINDOW
    )
    return over_client or over_address


def ask_to_confirm(address: str, stages: list[str]) -> None:
    """Sends the confirmation link to a normalised email address or E.164 mobile."""
    url = settings.SITE_URL + reverse("stories:confirm_alerts", args=[confirmation_token(address, stages)])
    labels = [Stage(stage).label for stage in stages]
    notify(address, CONFIRM, {"url": url, "stages": labels})


@transaction.atomic
def confirm(address: str, stages: list[str]) -> None:
    """The address's stages become exactly these. Saying yes again lifts an earlier stop."""
    Subscription.objects.filter(address=address).exclude(stage__in=stages).delete()
    for stage in stages:
        Subscription.objects.get_or_create(address=address, stage=stage)
    Suppression.objects.filter(address_hash=address_hash(address), kind=NEW_STORY).delete()
