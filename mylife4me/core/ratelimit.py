"""Counting attempts in the cache. Callers key by `core.clients.client_key` (never a raw address)."""

from django.core.cache import cache


def over_limit(key: str, limit: int, window_seconds: int) -> bool:
    """Counts one attempt against `key` and says whether it went over `limit` within the window."""
    cache.add(key, 0, window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window_seconds)
        count = 1
    return count > limit
