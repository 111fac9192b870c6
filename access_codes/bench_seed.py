"""Bench data for Breaking Free Online access codes (`manage.py seed_bench`): a year of requests in the
states a real queue holds, the codes they were given and a free pool, and each request's action log.
Written by PostgreSQL itself (INSERT ... SELECT generate_series), so it takes about a second.

At full scale: 5,000 requests over the last year (about one every 105 minutes). The newest few are still
waiting; about one in twelve was declined, the rest were sent a code (automatically when the postcode was
plainly in Birmingham, by a person after a check otherwise). Requests decided over the purge period ago
have their contact details blanked, as the nightly purge would, and their code has lost its request link.
Contact details are made up: example.org addresses and Ofcom's drama numbers (07700 900xxx).
"""

from collections.abc import Callable

from django.db import connection

from access_codes import log
from access_codes.models import AccessCode, CodeBatch, CodeRequest
from access_codes.retention import purge_after_days
from mylife4me.core.bench_seeding import Scale
from services_directory.models import Organization

FULL_REQUESTS = 5_000
FULL_FREE_CODES = 1_000
DISTRICTS = ["B5", "B9", "B11", "B12", "B13", "B14", "B23", "B29", "B31", "B44"]
SUBSTANCES = ["opiates-crack", "alcohol", "alcohol", "cannabis", "cocaine", "other", "not-said", ""]


def seed_access_codes(scale: Scale, say: Callable[[str], None]) -> None:
    if connection.vendor != "postgresql":
        raise RuntimeError("The access codes bench seeder needs PostgreSQL (it uses generate_series).")
    requests, free = scale.of(FULL_REQUESTS), scale.of(FULL_FREE_CODES)
    organizations = list(Organization.objects.order_by("pk").values_list("pk", flat=True)[:20]) or [None]
    batch = CodeBatch.objects.create(name="Bench licence", licence_ends="2099-12-31")
    with connection.cursor() as cursor:
        _insert_requests(cursor, requests, organizations)
        _insert_codes(cursor, batch.pk, free)
        _insert_events(cursor)
    issued = AccessCode.objects.filter(issued_at__isnull=False).count()
    say(f"{CodeRequest.objects.count()} requests, {issued} codes issued and {free} free")


def _insert_requests(cursor, count: int, organizations: list) -> None:
    cursor.execute(
        """
        WITH made AS (
            SELECT g,
                   now() - (%(count)s - g) * (interval '365 days' / %(count)s) AS created_at,
                   CASE WHEN g >= %(count)s - greatest(1, %(count)s / 50) AND g %% 3 <> 0 THEN 'waiting'
                        WHEN g %% 12 = 0 THEN 'declined'
                        ELSE 'issued' END AS state,
                   CASE WHEN g %% 6 = 0 THEN 'check' ELSE 'eligible' END AS eligibility
            FROM generate_series(0, %(count)s - 1) AS g
        ), decided AS (
            SELECT made.*,
                   CASE WHEN state = 'waiting' THEN NULL
                        WHEN state = 'issued' AND eligibility = 'eligible'
                        THEN created_at + interval '1 minute'
                        ELSE created_at + interval '20 hours' END AS decided_at
            FROM made
        ), purged AS (
            SELECT decided.*,
                   CASE WHEN decided_at < now() - %(purge_days)s * interval '1 day'
                        THEN decided_at + %(purge_days)s * interval '1 day' END AS purged_at
            FROM decided
        )
        INSERT INTO access_codes_coderequest (
            id, created_at, name, email, phone, postcode, district, channel, substance, route,
            organization_id, referred_by_id, eligibility, state, decided_at, decided_by_id, automatic,
            decline_reason, decline_note, pool_empty_at, purged_at)
        SELECT gen_random_uuid(), created_at,
               CASE WHEN purged_at IS NULL THEN 'Bench person ' || g ELSE '' END,
               CASE WHEN purged_at IS NULL AND g %% 3 <> 0 THEN 'person' || g || '@example.org' ELSE '' END,
               CASE WHEN purged_at IS NULL AND g %% 3 = 0 THEN '+447700900' || lpad((g %% 1000)::text, 3, '0')
                    ELSE '' END,
               CASE WHEN purged_at IS NULL
                    THEN (%(districts)s::text[])[1 + g %% cardinality(%(districts)s::text[])] || ' '
                         || (g %% 9 + 1) || chr(65 + g %% 26) || chr(65 + (g / 26) %% 26)
                    ELSE '' END,
               (%(districts)s::text[])[1 + g %% cardinality(%(districts)s::text[])],
               CASE WHEN g %% 3 = 0 THEN 'sms' ELSE 'email' END,
               (%(substances)s::text[])[1 + g %% cardinality(%(substances)s::text[])],
               CASE WHEN g %% 7 = 0 THEN 'partner' ELSE 'self' END,
               CASE WHEN g %% 7 = 0
                    THEN (%(organizations)s::uuid[])[1 + g %% cardinality(%(organizations)s::uuid[])] END,
               NULL, eligibility, state, decided_at, NULL,
               state = 'issued' AND eligibility = 'eligible',
               CASE WHEN state = 'declined' THEN (ARRAY['outside', 'duplicate', 'other'])[1 + g %% 3]
                    ELSE '' END,
               '', NULL, purged_at
        FROM purged
        """,
        {
            "count": count,
            "purge_days": purge_after_days(),
            "districts": DISTRICTS,
            "substances": SUBSTANCES,
            "organizations": organizations,
        },
    )


def _insert_codes(cursor, batch_id: int, free: int) -> None:
    """A code for every request that was sent one (unlinked once purged), then the free pool."""
    cursor.execute(
        """
        INSERT INTO access_codes_accesscode (code, batch_id, issued_at, request_id)
        SELECT 'BENCH-' || lpad(row_number() OVER (ORDER BY created_at, id)::text, 7, '0'), %(batch)s,
               decided_at, CASE WHEN purged_at IS NULL THEN id END
        FROM access_codes_coderequest WHERE state = 'issued'
        """,
        {"batch": batch_id},
    )
    cursor.execute(
        """
        INSERT INTO access_codes_accesscode (code, batch_id, issued_at, request_id)
        SELECT 'BENCH-FREE-' || lpad(g::text, 7, '0'), %(batch)s, NULL, NULL
        FROM generate_series(1, %(free)s) AS g
        """,
        {"batch": batch_id, "free": free},
    )


def _insert_events(cursor) -> None:
    """The log a request's life leaves: requested, needs check, then issued or declined."""
    cursor.execute(
        """
        INSERT INTO access_codes_requestevent (request_id, at, actor_id, actor_name, action, detail)
        SELECT id, created_at, NULL::bigint, %(person)s, 'requested', '' FROM access_codes_coderequest
        UNION ALL
        SELECT id, created_at, NULL, 'Eligibility rule', 'needs check', 'District ' || district
        FROM access_codes_coderequest WHERE eligibility = 'check'
        UNION ALL
        SELECT id, decided_at, NULL, CASE WHEN automatic THEN %(automatic)s ELSE 'Code administrator' END,
               state, CASE WHEN state = 'declined' THEN decline_reason
                          WHEN channel = 'sms' THEN 'Sent by text message' ELSE 'Sent by email' END
        FROM access_codes_coderequest WHERE state <> 'waiting'
        """,
        {"person": log.PERSON, "automatic": log.AUTOMATIC},
    )
