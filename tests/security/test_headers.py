"""Security headers and cookies on every response, and the site's own Observatory grade (A+)."""

import pytest
from django.test import Client

from tests.conftest import BROWSER_NAVIGATION
from tests.factories import PASSWORD
from tests.security import observatory
from tests.security.routes import all_routes, fill
from tests.security.world import PRINCIPALS

pytestmark = pytest.mark.django_db

PRODUCTION = {
    "SECURE_SSL_REDIRECT": True,
    "SECURE_HSTS_SECONDS": 63072000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_HSTS_PRELOAD": True,
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
    "SESSION_COOKIE_NAME": "__Host-sessionid",
    "CSRF_COOKIE_NAME": "__Host-csrftoken",
}


@pytest.fixture
def production(settings):
    """HTTPS settings as in production (the suite itself runs over plain HTTP)."""
    for name, value in PRODUCTION.items():
        setattr(settings, name, value)
    return settings


def scan(path: str, client: Client | None = None, **headers) -> observatory.Scan:
    """As the Observatory does: the http:// address first, then the https:// page, as a plain client."""
    client = client or Client()
    first = client.get(path, **headers)
    final = client.get(path, secure=True, **headers)
    return observatory.Scan(
        http_status=first.status_code,
        http_location=first.get("Location", ""),
        headers={k.lower(): v for k, v in final.headers.items()},
        set_cookies=[morsel.OutputString() for morsel in final.cookies.values()],
        html=final.content.decode(errors="replace"),
        host="testserver",
    )


@pytest.mark.parametrize(
    "path", ["/", "/account/login/", "/forum/", "/services/", "/api/openreferral/services"]
)
def test_the_site_scores_a_plus(production, path):
    total, grade, results = observatory.score(scan(path))
    print(f"Observatory {path}: {total} {grade} {results}")
    assert grade == "A+", results
    assert results["csp"][0] == "csp-implemented-with-no-unsafe-default-src-none"
    assert results["redirection"][0] == "redirection-to-https"
    assert results["hsts"][1] == 0 and results["frame_options"][1] == 5


def test_a_signed_in_page_scores_a_plus_with_its_session_cookie(production, world):
    """Signing in for real (a browser without Fetch Metadata, so it gets the CSRF cookie too)."""
    client = Client()
    result = scan("/account/login/", client)
    signing_in = client.post(
        "/account/login/",
        {"login": world.users["person"].username, "password": PASSWORD},
        secure=True,
        HTTP_REFERER="https://testserver/account/login/",
    )
    assert signing_in.status_code == 302, signing_in.content[:500]
    result.set_cookies += [morsel.OutputString() for morsel in signing_in.cookies.values()]
    assert any(c.startswith("__Host-sessionid=") for c in result.set_cookies), result.set_cookies
    _total, grade, results = observatory.score(result)
    assert grade == "A+", (results, result.set_cookies)
    assert results["cookies"][0] == "cookies-secure-with-httponly-sessions-and-samesite"
    signed_in = client.get("/account/", secure=True)
    assert "no-store" in signed_in["Cache-Control"] and "private" in signed_in["Cache-Control"]


def test_the_scoring_can_fail():
    """A response without the headers is an F: the scoring above is not a rubber stamp."""
    bare = observatory.Scan(
        200, "", {"content-type": "text/html"}, ["sessionid=1; Path=/"], "", "example.org"
    )
    total, grade, results = observatory.score(bare)
    assert grade == "F", (total, results)
    unsafe = observatory.Scan(
        301,
        "https://example.org/",
        {"content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-inline'"},
        [],
        "",
        "example.org",
    )
    assert observatory.csp(unsafe) == ("csp-implemented-with-unsafe-inline", -20)


def _check_headers(path: str, response, https: bool) -> list[str]:
    problems = []
    headers = response.headers
    if headers.get("X-Content-Type-Options") != "nosniff":
        problems.append("nosniff")
    if headers.get("Referrer-Policy") != "no-referrer":
        problems.append("Referrer-Policy")
    if https and "max-age=63072000" not in headers.get("Strict-Transport-Security", ""):
        problems.append("HSTS")
    if "html" in headers.get("Content-Type", ""):
        csp = headers.get("Content-Security-Policy", "")
        if "frame-ancestors 'none'" not in csp or "default-src 'none'" not in csp:
            problems.append(f"CSP {csp!r}")
        if "unsafe-" in csp or " data:" in csp.split("script-src", 1)[-1].split(";")[0]:
            problems.append(f"unsafe CSP {csp!r}")
        if headers.get("Cross-Origin-Opener-Policy") != "same-origin":
            problems.append("COOP")
        # X-Frame-Options is the old browsers' version of frame-ancestors (checked above); a request for
        # a host the site does not serve is refused before that middleware, so only DENY or nothing.
        if headers.get("X-Frame-Options", "DENY") != "DENY":
            problems.append("X-Frame-Options")
    return [f"{path} ({response.status_code}): {problem}" for problem in problems]


def test_every_response_carries_the_security_headers(production, world):
    """Every URL of the site (arguments filled), as anonymous and as an admin, plus error pages, static
    files and the API, over HTTPS."""
    anonymous = Client(**BROWSER_NAVIGATION)
    admin = world.client(next(p for p in PRINCIPALS if p.name == "admin"))
    problems, seen = [], 0
    for route in all_routes():
        for path in fill(route, world, lambda p: admin.get(p, secure=True).status_code).values():
            for client in (anonymous, admin):
                response = client.get(path, secure=True)
                seen += 1
                problems += _check_headers(path, response, https=True)
    for path in ["/no-such-page/", "/static/css/mylife4me.css", "/staff/outbox/"]:
        problems += _check_headers(path, anonymous.get(path, secure=True), https=True)
        seen += 1
    bad_host = Client().get("/", HTTP_HOST="evil.example", secure=True)
    assert bad_host.status_code == 400
    problems += _check_headers("bad host", bad_host, https=True)
    print(f"headers: {seen} responses checked")
    assert seen > 150
    assert not problems, "\n".join(problems)


def test_cross_origin_reads_are_only_for_the_open_api(production):
    """Only the public, read-only Open Referral API may be read from another origin, never with cookies."""
    api = Client().get("/api/openreferral/services", secure=True, HTTP_ORIGIN="https://elsewhere.example")
    page = Client().get("/forum/", secure=True, HTTP_ORIGIN="https://elsewhere.example")
    assert api.get("Access-Control-Allow-Credentials") is None
    assert page.get("Access-Control-Allow-Origin") is None
