"""Counting a page view or a search that found nothing, without keeping anything about the person.

The estimate of different visitors per day comes from an HMAC of the client's address and browser under
that day's random salt, added to a HyperLogLog: the hash itself is not stored, only the estimator's
registers, and the salt is thrown away after the day, so nobody (us included) can link two days.
"""

import hashlib
import hmac
import ipaddress
import logging
from datetime import datetime

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from mylife4me.core.clients import client_address
from mylife4me.figures import rules
from mylife4me.figures.counters import get_counters

logger = logging.getLogger(__name__)


def should_count(request: HttpRequest, response: HttpResponse) -> bool:
    return (
        request.method == "GET"
        and response.status_code == 200
        and response.get("Content-Type", "").startswith("text/html")
        and rules.is_counted_path(request.path)
        and not request.headers.get("Sec-Purpose", "").startswith("prefetch")
        and request.headers.get("Purpose", "") != "prefetch"
        and not rules.is_robot(request.headers.get("User-Agent", ""))
    )


def visitor_hash(salt: str, address: str, user_agent: str) -> str:
    """The same for one browser at one address under one salt; an IPv6 address counts by its /64."""
    try:
        parsed = ipaddress.ip_address(address)
        if isinstance(parsed, ipaddress.IPv6Address):
            address = str(ipaddress.IPv6Network(f"{parsed}/64", strict=False).network_address)
    except ValueError:
        pass
    return hmac.new(salt.encode(), f"{address}\n{user_agent}".encode(), hashlib.sha256).hexdigest()[:32]


def fields_for_view(path: str, at: datetime) -> list[str]:
    section = rules.section_for(path)
    return [f"p|{section}|{rules.counted_path(path)}", f"h|{at.hour}|{section}"]


def count_view(request: HttpRequest) -> None:
    """Adds one view; never raises and never waits long (see counters.py)."""
    counters = get_counters()
    if not counters.available():
        return
    try:
        now = timezone.localtime()
        day = now.date()
        visitor = None
        if rules.is_hashed_path(request.path):
            salt = counters.salt(day)
            visitor = visitor_hash(salt, client_address(request), request.headers.get("User-Agent", ""))
        counters.add(day, fields_for_view(request.path, now), visitor)
    except Exception as error:
        counters.broke()
        logger.warning("A page view was not counted (%s); counting pauses briefly.", type(error).__name__)


def count_search_miss(query: str) -> None:
    """A site search that found nothing, kept (normalised) so content can be written for it."""
    text = rules.normalise_search(query)
    if not text:
        return
    counters = get_counters()
    if not counters.available():
        return
    try:
        counters.add(timezone.localdate(), [f"q|{text}"], None)
    except Exception as error:
        counters.broke()
        logger.warning("A search was not counted (%s).", type(error).__name__)
