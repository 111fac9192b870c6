import pytest
from django.core.cache import cache

# What a current browser sends with a page request it was asked to open (Fetch Metadata).
BROWSER_NAVIGATION = {
    "HTTP_SEC_FETCH_SITE": "none",
    "HTTP_SEC_FETCH_MODE": "navigate",
    "HTTP_SEC_FETCH_DEST": "document",
    "HTTP_USER_AGENT": "Mozilla/5.0 (test)",
}


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate limits and cached fragments from one test never reach the next."""
    backend = cache._cache if hasattr(cache, "_cache") else None
    if hasattr(backend, "get_client"):  # Redis: delete only this site's keys, never the broker's queues
        client = backend.get_client(write=True)
        for key in client.scan_iter(f"{cache.key_prefix}:*"):
            client.delete(key)
    else:
        cache.clear()
    yield


@pytest.fixture
def browser_client(client):
    """A Django test client that sends the headers a current browser sends."""
    client.defaults.update(BROWSER_NAVIGATION)
    return client
