"""Taking requests, and issuing or declining them.

Issuing is atomic on PostgreSQL: the request row is locked (so it is never issued twice) and the next
unused code is taken with SELECT ... FOR UPDATE SKIP LOCKED (so two administrators at the same moment
never get the same code, and neither waits for the other). The code goes to the person through the
alerts outbox in the same transaction, in words that do not say what the programme is for.
"""

from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.db import transaction
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.urls import reverse
from django.utils import timezone

from access_codes import log, pool
from access_codes.eligibility import Decision, Outcome
from access_codes.models import (
    AccessCode,
    Channel,
    CodeRequest,
    DeclineReason,
    Eligibility,
    Route,
    State,
)
from mylife4me.alerts import notify

CODE_KIND = "access_codes.code"
DECLINED_KIND = "access_codes.declined"
# Kinds sent to the person's own address: blanked with the request's contact details.
PERSON_KINDS = (CODE_KIND, DECLINED_KIND)

# What the person is told when declined: neutral, never naming the programme.
DECLINE_WORDS = {
    DeclineReason.OUTSIDE: "The free codes are only for people who live in Birmingham.",
    DeclineReason.DUPLICATE: "Our records show you already have a code.",
    DeclineReason.OTHER: "We are not able to send you one this time.",
}


class Result(StrEnum):
    ISSUED = "issued"
    ALREADY_DONE = "already done"
    POOL_EMPTY = "pool empty"
    DECLINED = "declined"


@dataclass(frozen=True)
class IssueOutcome:
    result: Result
    request: CodeRequest
    code: str = ""
    # For ALREADY_DONE: who acted, and what they did.
    by: str = ""


def auto_issue_on() -> bool:
    return getattr(settings, "ACCESS_CODES_AUTO_ISSUE", False)


def start_url() -> str:
    return settings.SITE_URL + reverse("access_codes:your_code")


@transaction.atomic
def waiting_queue() -> QuerySet:
    """Waiting requests: those needing a postcode check first, then the oldest."""
    return (
        CodeRequest.objects.filter(state=State.WAITING)
        .annotate(
            check_first=Case(
                When(eligibility=Eligibility.CHECK, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .select_related("organization")
        .order_by("check_first", "created_at")
    )


def take_request(
    decision: Decision,
    *,
    name: str,
    channel: str,
    email: str = "",
    phone: str = "",
    substance: str = "",
    organization=None,
    referred_by=None,
) -> CodeRequest:
    """Saves a request for an eligible or to-be-checked postcode (never for one outside Birmingham)."""
    if decision.outcome not in {Outcome.ELIGIBLE, Outcome.CHECK}:
        raise ValueError(f"Cannot take a request for a postcode that is {decision.outcome}")
    request = CodeRequest.objects.create(
        name=name,
        channel=channel,
        email=email if channel == Channel.EMAIL else "",
        phone=phone if channel == Channel.SMS else "",
        postcode=decision.postcode,
        district=decision.district,
        substance=substance,
        route=Route.PARTNER if organization is not None else Route.SELF,
        organization=organization,
        referred_by=referred_by,
        eligibility=Eligibility.ELIGIBLE if decision.outcome == Outcome.ELIGIBLE else Eligibility.CHECK,
    )
    if organization is not None:
        log.record(request, "requested", referred_by, f"Partner referral from {organization.name}")
    else:
        log.record(request, "requested", actor_name=log.PERSON)
    if request.eligibility == Eligibility.CHECK:
        log.record(
            request, "needs check", actor_name="Eligibility rule", detail=f"District {request.district}"
        )
    if auto_issue_on() and request.eligibility == Eligibility.ELIGIBLE:
        from access_codes.tasks import auto_issue

        request_id = str(request.pk)
        transaction.on_commit(lambda: auto_issue.delay(request_id), robust=True)
    return request


def _who(request: CodeRequest) -> str:
    last = request.events.exclude(action__in=["requested", "needs check", "pool empty"]).last()
    return last.actor_name if last else "someone else"


def issue(request_id, user=None) -> IssueOutcome:
    """Issues the next unused code to a waiting request. user None: the automatic rule."""
    with transaction.atomic():
        request = CodeRequest.objects.select_for_update().get(pk=request_id)
        if request.state != State.WAITING:
            return IssueOutcome(Result.ALREADY_DONE, request, by=_who(request))
        code = (
            pool.available()
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("batch__licence_ends", "id")
            .first()
        )
        if code is None:
            request.pool_empty_at = timezone.now()
            request.save(update_fields=["pool_empty_at"])
            log.record(request, "pool empty", user, "No code left to issue: the request is still waiting")
        else:
            _hand_out(request, code, user)
    # Outside the lock: the alert is claimed by a conditional UPDATE, so it still goes out only once.
    pool.alert_if_low()
    if code is None:
        return IssueOutcome(Result.POOL_EMPTY, request)
    return IssueOutcome(Result.ISSUED, request, code=code.code)


def _hand_out(request: CodeRequest, code: AccessCode, user) -> None:
    now = timezone.now()
    code.issued_at = now
    code.request = request
    code.save(update_fields=["issued_at", "request"])
    request.state = State.ISSUED
    request.decided_at = now
    request.decided_by = user
    request.automatic = user is None
    request.save(update_fields=["state", "decided_at", "decided_by", "automatic"])
    rows = notify(
        request.address,
        CODE_KIND,
        {"name": request.name, "code": code.code, "url": start_url()},
        channels={request.channel},
    )
    detail = f"Sent by {Channel(request.channel).label.lower()}"
    if not rows:
        detail = "Not sent: the person has turned off these messages. Contact them another way."
    log.record(request, "issued", user, detail)


def decline(request_id, user, reason: str, note: str = "") -> IssueOutcome:
    reason = DeclineReason(reason)
    with transaction.atomic():
        request = CodeRequest.objects.select_for_update().get(pk=request_id)
        if request.state != State.WAITING:
            return IssueOutcome(Result.ALREADY_DONE, request, by=_who(request))
        request.state = State.DECLINED
        request.decided_at = timezone.now()
        request.decided_by = user
        request.decline_reason = reason
        request.decline_note = note
        request.save(update_fields=["state", "decided_at", "decided_by", "decline_reason", "decline_note"])
        notify(
            request.address,
            DECLINED_KIND,
            {"name": request.name, "reason": DECLINE_WORDS[reason], "url": settings.SITE_URL + "/"},
            channels={request.channel},
        )
        log.record(request, "declined", user, reason.label)
    return IssueOutcome(Result.DECLINED, request)
