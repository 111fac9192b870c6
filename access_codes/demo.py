"""Demo data: a pool of clearly fake codes (DEMO-XXXX-XXXX) and a few requests in each state."""

import datetime
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.utils import timezone

from access_codes import issuing, pool
from access_codes.eligibility import decide
from access_codes.models import CodeBatch, CodeRequest, DeclineReason
from services_directory.models import Organization

DEMO_BATCH = "DEMO batch (not real codes)"
DEMO_CODES = 40


def demo_code(number: int) -> str:
    return f"DEMO-{number // 10000:04d}-{number % 10000:04d}"


def load_access_codes(say: Callable[[str], None]) -> None:
    if CodeBatch.objects.filter(name=DEMO_BATCH).exists():
        say("  access codes: already loaded")
        return
    today = timezone.localdate()
    pool.import_batch(
        "\n".join(demo_code(number) for number in range(1, DEMO_CODES + 1)),
        name=DEMO_BATCH,
        licence_ends=today + datetime.timedelta(days=365),
    )
    staff = get_user_model().objects.filter(username="demo-codes").first()
    provider = get_user_model().objects.filter(username="demo-provider").first()
    organization = Organization.objects.filter(memberships__user=provider).first() if provider else None

    def ask(postcode: str, name: str, **kwargs) -> CodeRequest:
        channel = kwargs.pop("channel", "sms")
        contact = (
            {"email": f"{name.lower()}@example.org"}
            if channel == "email"
            else {"phone": "+447700900" + str(100 + len(name))}
        )
        return issuing.take_request(decide(postcode), name=name, channel=channel, **contact, **kwargs)

    ask("B29 6AA", "Sam", substance="alcohol")
    ask("B12 9AA", "Jo", channel="email", substance="not-said")
    ask("B36 8AA", "Alex", substance="cannabis")  # a split district: waits for a postcode check
    issued = ask("B5 4AA", "Robin", channel="email", substance="opiates-crack")
    issuing.issue(issued.pk, staff)
    declined = ask("B14 7AA", "Kai", substance="other")
    issuing.decline(declined.pk, staff, DeclineReason.DUPLICATE, "Demo: asked twice")
    if organization is not None:
        ask("B10 0AA", "Lee", substance="opiates-crack", organization=organization, referred_by=provider)
    say(f"  access codes: {DEMO_CODES} fake codes (DEMO-...) and {CodeRequest.objects.count()} requests")
