"""The site's privacy promises, checked on every page that takes no arguments."""

import logging
import re
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.test import Client

from tests.conftest import BROWSER_NAVIGATION
from tests.urlwalk import plain_urls

pytestmark = pytest.mark.django_db

EXTERNAL = re.compile(r"^(https?:)?//", re.IGNORECASE)


class _References(HTMLParser):
    """Collects what a page would make the browser fetch or send somewhere: src, stylesheets, form actions."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("src"):
            self.fetched.append(attributes["src"])
        if tag == "link" and attributes.get("href"):
            self.fetched.append(attributes["href"])
        if tag == "form" and attributes.get("action"):
            self.fetched.append(attributes["action"])
        if attributes.get("srcset"):
            self.fetched.append(attributes["srcset"])


def anonymous_get(path: str, **headers):
    return Client().get(path, **{**BROWSER_NAVIGATION, **headers})


def test_the_walk_finds_the_public_pages():
    urls = plain_urls()
    for expected in ["/", "/using-this-site-safely/", "/privacy/", "/accessibility/", "/account/login/"]:
        assert expected in urls


@pytest.mark.parametrize("path", plain_urls())
def test_an_anonymous_get_sets_no_cookie(path):
    response = anonymous_get(path)
    assert response.status_code < 500
    assert not response.cookies, f"{path} set {list(response.cookies)}"


@pytest.mark.parametrize("path", plain_urls())
def test_no_page_asks_another_host_for_anything(path):
    response = anonymous_get(path)
    if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
        return
    parser = _References()
    parser.feed(response.content.decode())
    assert parser.fetched, f"{path} has no stylesheet or script at all"
    outside = [ref for ref in parser.fetched if EXTERNAL.match(ref)]
    assert not outside, f"{path} refers to another host: {outside}"


@pytest.mark.parametrize("path", plain_urls())
def test_security_headers_on_every_page(path):
    response = anonymous_get(path)
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Content-Type-Options"] == "nosniff"
    csp = response["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert "script-src 'self'" in csp
    assert "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_pages_carry_no_inline_script_or_style():
    for path in ["/", "/using-this-site-safely/", "/account/login/", "/account/signup/"]:
        html = anonymous_get(path).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert "<style" not in html and " style=" not in html, path
        assert not re.search(r"\son[a-z]+=", html), path


def test_a_browser_without_fetch_metadata_gets_only_the_csrf_cookie_on_a_form_page():
    """Old browsers fall back to Django's token, so they get its cookie, and only on a page with a form."""
    plain = Client().get("/privacy/")
    assert not plain.cookies
    form_page = Client().get("/account/login/")
    assert set(form_page.cookies) <= {"csrftoken", "__Host-csrftoken"}


def test_log_lines_never_carry_the_client_address(caplog):
    address = "203.0.113.77"
    with caplog.at_level(logging.DEBUG):
        anonymous_get("/no-such-page/", REMOTE_ADDR=address)
        Client(REMOTE_ADDR=address).post(
            "/account/login/", {"login": "nobody", "password": "wrong-password"}, **BROWSER_NAVIGATION
        )
    assert caplog.records, "expected the 404 to be logged"
    assert address not in caplog.text


def test_rate_limits_keep_no_raw_address():
    address = "198.51.100.23"
    client = Client(REMOTE_ADDR=address)
    for _ in range(3):
        client.post("/account/login/", {"login": "nobody", "password": "wrong"}, **BROWSER_NAVIGATION)
    keys = _cache_keys()
    assert any(":rl:" in key for key in keys), "allauth should have recorded the failures"
    assert not any(address in key for key in keys)


def _cache_keys() -> list[str]:
    backend = cache._cache if hasattr(cache, "_cache") else None
    if hasattr(backend, "get_client"):
        return [key.decode() for key in backend.get_client().scan_iter(f"{cache.key_prefix}:*")]
    return list(cache._cache.keys())
