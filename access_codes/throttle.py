"""A per-client limit on the public request form, keyed by core.clients.client_key (never a raw IP)."""

from mylife4me.core.ratelimit import over_limit

RATE_LIMIT = 5  # requests per client per hour
RATE_WINDOW_SECONDS = 3600


def over_rate_limit(client: str) -> bool:
    """Counts one attempt for this client and says whether it is over the limit."""
    return over_limit(f"access-codes-rate:{client}", RATE_LIMIT, RATE_WINDOW_SECONDS)
