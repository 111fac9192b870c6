import pytest
import redis
from django.conf import settings

from mylife4me.figures import counters
from tests.services import need


@pytest.fixture(autouse=True)
def _fresh_counters():
    """Each test starts with new counter clients and no memory of an earlier Redis failure."""
    counters.forget_stores()
    yield
    counters.forget_stores()


@pytest.fixture
def real_redis():
    """The Redis that REDIS_URL names (the counting store under test), or skip / fail as CI says."""
    need(bool(settings.REDIS_URL), "counting tests need Redis (set REDIS_URL)")
    client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError:
        need(False, f"Redis at {settings.REDIS_URL} does not answer")
    store = counters.get_counters()
    assert isinstance(store, counters.RedisCounters)
    return client
