"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright, against the site on a live server.

Every page a test visits can be checked with axe-core (WCAG 2.2 AA, target-size included) through
`check_accessibility(page)`. Requests to any other host are blocked and recorded, so a test can assert
that a page asked nobody else for anything.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.services import need

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def _playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is in requirements.lock
        need(False, "the playwright package is not installed")
    need(shutil.which(CHROMIUM) is not None or Path(CHROMIUM).exists(), f"no Chromium at {CHROMIUM}")
    with sync_playwright() as playwright:
        # Playwright's event loop gives this thread fresh database connection objects: hand them the copy
        # of migration-made data before the first browser test's database set-up needs it.
        from tests.conftest import _carry_serialized_contents

        _carry_serialized_contents()
        yield playwright


@pytest.fixture(scope="session")
def chromium(_playwright):
    browser = _playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, but static files come through WhiteNoise with their hashed names,
    exactly as in production, instead of Django's development handler."""
    import django.contrib.staticfiles.handlers as static_handlers
    from pytest_django.live_server_helper import LiveServer

    request.getfixturevalue("django_db_blocker").unblock()
    original = static_handlers.StaticFilesHandler
    static_handlers.StaticFilesHandler = lambda application: application
    try:
        server = LiveServer("localhost")
    finally:
        static_handlers.StaticFilesHandler = original
    yield server
    server.stop()


class OutsideRequests(list):
    """URLs of every request the page tried to make to a host other than the live server."""


@pytest.fixture
def browser_context(chromium, live_server):
    contexts = []

    def make(**options):
        context = chromium.new_context(base_url=live_server.url, **options)
        outside = OutsideRequests()

        def guard(route):
            url = route.request.url
            if url.startswith(live_server.url):
                route.continue_()
            else:
                outside.append(url)
                route.abort()

        context.route("**/*", guard)
        context.outside_requests = outside
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(browser_context):
    context = browser_context()
    page = context.new_page()
    page.console_problems = []
    page.on(
        "console",
        lambda message: (
            page.console_problems.append(message.text) if message.type in {"error", "warning"} else None
        ),
    )
    page.on("pageerror", lambda error: page.console_problems.append(str(error)))
    return page


def check_accessibility(page) -> None:
    """Runs axe-core in the page and fails with a readable list of any WCAG 2.2 AA violations."""
    need(AXE.exists(), f"axe-core is not installed at {AXE} (run npm ci)")
    # evaluate() runs through the DevTools protocol, which the page's CSP does not govern.
    page.evaluate(AXE.read_text())
    results = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    violations = [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "where": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in results["violations"]
    ]
    assert not violations, f"axe-core found problems on {page.url}:\n" + json.dumps(violations, indent=2)


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
