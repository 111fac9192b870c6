"""Shared set-up for the access-codes tests."""

import datetime

from django.utils import timezone

from access_codes import issuing, pool
from access_codes.eligibility import decide
from access_codes.models import CodeBatch, CodeRequest

# Words the messages to a person must never contain (someone else may see their phone).
TELLING_WORDS = ("drug", "alcohol", "treatment", "recovery", "breaking free", "addict", "substance", "opiate")

GOOD = {
    "name": "Zebedee",
    "postcode": "b29 6aa",
    "channel": "sms",
    "email": "",
    "phone": "07700 900123",
    "substance": "alcohol",
    "consent": "on",
}


def make_batch(count: int, *, prefix: str = "TEST", days: int = 365, name: str = "Batch") -> CodeBatch:
    ends = timezone.localdate() + datetime.timedelta(days=days)
    text = "\n".join(f"{prefix}-{number:04d}" for number in range(1, count + 1))
    if days < 0:  # an ended licence: bypass the form's check, as if imported long ago
        batch = CodeBatch.objects.create(name=name, licence_ends=ends)
        from access_codes.models import AccessCode

        AccessCode.objects.bulk_create(AccessCode(code=c, batch=batch) for c in text.splitlines())
        return batch
    return pool.import_batch(text, name=name, licence_ends=ends)


def make_request(
    postcode: str = "B29 6AA", *, name: str = "Sam", channel: str = "sms", **kwargs
) -> CodeRequest:
    contact = {"email": f"{name.lower()}@example.org"} if channel == "email" else {"phone": "+447700900555"}
    contact.update({key: kwargs.pop(key) for key in ("email", "phone") if key in kwargs})
    return issuing.take_request(decide(postcode), name=name, channel=channel, **contact, **kwargs)
