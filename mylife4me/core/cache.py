"""A Redis cache that degrades quietly: with Redis down, reads miss and writes are dropped.

The cache holds counts, rate-limit windows and page fragments, none of which is worth a 500 to someone
signing in at 3 AM. While Redis is down rate limits are not enforced (they fail open) and a warning is
logged; `manage.py health` and /healthz report the cache as down.
"""

import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
DOWN = (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError, OSError)


class QuietRedisCache(RedisCache):
    def _quietly(self, what: str, default, call, *args, **kwargs):
        try:
            return call(*args, **kwargs)
        except DOWN as exc:
            logger.warning(
                "cache unavailable (%s during %s): carrying on without it", type(exc).__name__, what
            )
            return default

    def get(self, key, default=None, version=None):
        return self._quietly("get", default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._quietly("get_many", {}, super().get_many, keys, version)

    def set(self, *args, **kwargs):
        return self._quietly("set", None, super().set, *args, **kwargs)

    def add(self, *args, **kwargs):
        # True: a caller waiting on add() as a lock (allauth's rate limits) goes on rather than wait.
        return self._quietly("add", True, super().add, *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._quietly("set_many", [], super().set_many, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._quietly("delete", False, super().delete, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._quietly("delete_many", None, super().delete_many, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._quietly("touch", False, super().touch, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._quietly("has_key", False, super().has_key, *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        # A missing key raises ValueError, as callers expect; with Redis down the count starts again.
        return self._quietly("incr", delta, super().incr, key, delta, version)
