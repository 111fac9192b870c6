"""Where page views are counted before they are folded into the database: Redis when REDIS_URL is set,
otherwise this process's memory (make run).

Per day (Europe/London) there is one hash of counters (`counts:<date>`) and one HyperLogLog of visitor
hashes (`visitors:<date>`). The day's salt for those hashes lives only here, with a 26-hour life, so it
is gone soon after the day ends and a hash made today can never be matched with one made tomorrow.

A page view must never wait for this: the Redis client has short timeouts, and after a failure counting
stops for BREAKER_SECONDS instead of trying (and waiting) on every page.
"""

import secrets
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import redis
from django.conf import settings
from django.core.cache import cache

SALT_SECONDS = 26 * 60 * 60
VISITORS_KEEP_SECONDS = 3 * 24 * 60 * 60
COUNTS_KEEP_SECONDS = 14 * 24 * 60 * 60  # a safety net only: the fold task empties them every few minutes
BREAKER_SECONDS = 30
PAGE_TIMEOUT_SECONDS = 0.25


@dataclass
class Batch:
    """Counters taken out of the live hash, to be added to the daily rows once (token says which)."""

    token: str
    day: date
    counts: dict[str, int]


class RedisCounters:
    def __init__(self, url: str, prefix: str) -> None:
        self.prefix = f"{prefix}:figures:" if prefix else "figures:"
        self.fast = redis.Redis.from_url(
            url, socket_connect_timeout=PAGE_TIMEOUT_SECONDS, socket_timeout=PAGE_TIMEOUT_SECONDS
        )
        self.slow = redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)
        self._salts: dict[date, str] = {}
        self._broken_until = 0.0

    def key(self, name: str) -> str:
        return self.prefix + name

    # Page views: fast, and silent when Redis is away.

    def available(self) -> bool:
        return time.monotonic() >= self._broken_until

    def broke(self) -> None:
        self._broken_until = time.monotonic() + BREAKER_SECONDS

    def salt(self, day: date) -> str:
        salt = self._salts.get(day)
        if salt is None:
            key = self.key(f"salt:{day.isoformat()}")
            pipe = self.fast.pipeline(transaction=False)
            pipe.set(key, secrets.token_hex(32), nx=True, ex=SALT_SECONDS)  # the first process's wins
            pipe.get(key)
            salt = pipe.execute()[1].decode()
            self._salts = {day: salt}  # only today's is kept in memory
        return salt

    def add(self, day: date, fields: Iterable[str], visitor: str | None) -> None:
        counts_key = self.key(f"counts:{day.isoformat()}")
        pipe = self.fast.pipeline(transaction=False)
        for field in fields:
            pipe.hincrby(counts_key, field, 1)
        pipe.expire(counts_key, COUNTS_KEEP_SECONDS)
        if visitor is not None:
            visitors_key = self.key(f"visitors:{day.isoformat()}")
            pipe.pfadd(visitors_key, visitor)
            pipe.expire(visitors_key, VISITORS_KEEP_SECONDS)
        pipe.execute()

    # Folding: run by the beat task, may take its time.

    def take_batches(self) -> list[Batch]:
        """Moves every live counts hash aside under a new token (RENAME is atomic, so no view is lost or
        taken twice), then returns every batch not yet confirmed done, including ones left by a fold that
        stopped half way."""
        for raw in self.slow.scan_iter(match=self.key("counts:*")):
            day = raw.decode().rsplit(":", 1)[1]
            try:
                self.slow.rename(raw, self.key(f"batch:{day}:{uuid.uuid4().hex}"))
            except redis.ResponseError:  # emptied by another fold in the meantime
                continue
        batches = []
        for raw in self.slow.scan_iter(match=self.key("batch:*")):
            name = raw.decode()
            day, token = name[len(self.key("batch:")) :].split(":", 1)
            counts = {field.decode(): int(value) for field, value in self.slow.hgetall(raw).items()}
            batches.append(Batch(token=token, day=date.fromisoformat(day), counts=counts))
        return batches

    def batch_done(self, batch: Batch) -> None:
        self.slow.delete(self.key(f"batch:{batch.day.isoformat()}:{batch.token}"))

    def visitor_estimates(self) -> dict[date, int]:
        estimates = {}
        for raw in self.slow.scan_iter(match=self.key("visitors:*")):
            day = date.fromisoformat(raw.decode().rsplit(":", 1)[1])
            estimates[day] = self.slow.pfcount(raw)
        return estimates


class LocalCounters:
    """The same, in this process's memory, for `make run` without Redis. Lost when the process ends."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[date, Counter] = {}
        self._visitors: dict[date, set[str]] = {}
        self._batches: dict[str, Batch] = {}

    def available(self) -> bool:
        return True

    def broke(self) -> None:
        pass

    def salt(self, day: date) -> str:
        key = f"figures:salt:{day.isoformat()}"
        cache.add(key, secrets.token_hex(32), SALT_SECONDS)
        return cache.get(key)

    def add(self, day: date, fields: Iterable[str], visitor: str | None) -> None:
        with self._lock:
            self._counts.setdefault(day, Counter()).update(fields)
            if visitor is not None:
                self._visitors.setdefault(day, set()).add(visitor)
                for old in [d for d in self._visitors if (day - d).days > 2]:
                    del self._visitors[old]

    def take_batches(self) -> list[Batch]:
        with self._lock:
            for day, counts in self._counts.items():
                token = uuid.uuid4().hex
                self._batches[token] = Batch(token, day, dict(counts))
            self._counts = {}
            return list(self._batches.values())

    def batch_done(self, batch: Batch) -> None:
        with self._lock:
            self._batches.pop(batch.token, None)

    def visitor_estimates(self) -> dict[date, int]:
        with self._lock:
            return {day: len(hashes) for day, hashes in self._visitors.items()}


_stores: dict[str, RedisCounters | LocalCounters] = {}


def get_counters() -> RedisCounters | LocalCounters:
    """One store per process (and per address, so tests can point it somewhere else)."""
    url = getattr(settings, "FIGURES_REDIS_URL", None) or settings.REDIS_URL
    store = _stores.get(url)
    if store is None:
        store = RedisCounters(url, cache.key_prefix) if url else LocalCounters()
        _stores[url] = store
    return store


def forget_stores() -> None:
    """Tests: start again with new clients and no memory of failures."""
    _stores.clear()
