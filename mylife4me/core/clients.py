"""A stable, keyed stand-in for a client's address, so rate limits never store a raw IP."""

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The address the request came from (behind a proxy, set TRUSTED_PROXY_COUNT)."""
    forwarded = request.headers.get("X-Forwarded-For", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",")]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def client_key(request: HttpRequest, purpose: str = "ratelimit") -> str:
    """A keyed hash of the client's address (IPv6 by its /64), never reversible to the address."""
    address = client_address(request)
    try:
        parsed = ipaddress.ip_address(address)
        if isinstance(parsed, ipaddress.IPv6Address):
            address = str(ipaddress.IPv6Network(f"{parsed}/64", strict=False).network_address)
    except ValueError:
        pass
    key = hashlib.sha256(f"{settings.SECRET_KEY}:client-key:{purpose}".encode()).digest()
    return "c" + hmac.new(key, address.encode(), hashlib.sha256).hexdigest()[:32]
