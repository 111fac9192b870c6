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
    from mylife4me.core import page_cache

    page_cache.forget_local()  # each worker's own copy of cached pages
    yield


@pytest.fixture
def browser_client(client):
    """A Django test client that sends the headers a current browser sends."""
    client.defaults.update(BROWSER_NAVIGATION)
    return client


_serialized_contents: dict[str, str] = {}


def _carry_serialized_contents() -> None:
    """Keeps migration-made data (roles, taxonomy) in transactional tests on every database.

    `serialized_rollback` reloads what migrations made from a copy Django keeps on the connection object.
    Once Playwright's event loop has run, Django can hand this thread a fresh connection object without
    that copy, and the data would silently stay missing (or be made twice); so the copy is carried over to
    whichever object is current, before each test's set-up and tear-down.
    """
    from django.db import connections

    for alias in connections:
        connection = connections[alias]
        if hasattr(connection, "_test_serialized_contents"):
            _serialized_contents[alias] = connection._test_serialized_contents
        elif alias in _serialized_contents:
            connection._test_serialized_contents = _serialized_contents[alias]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Every transactional test starts with what migrations made (roles, taxonomy, district rules).

    A transactional test empties the database when it ends. With `serialized_rollback` the next one
    reloads the migrations' data; mixing tests with and without it would leave later tests without
    roles, or reload content types that a plain flush had already re-created.
    """
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            item.add_marker(
                pytest.mark.django_db(**{**marker.kwargs, "serialized_rollback": True}), append=False
            )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Takes the copy of migration-made data as soon as the test database exists."""
    _carry_serialized_contents()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    _carry_serialized_contents()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item):
    _carry_serialized_contents()
