"""The Mozilla HTTP Observatory's scoring, written out so the site can grade its own responses.

Each test below returns (result name, score modifier) as in the Observatory's scoring table; the grade
starts at 100, takes every penalty, and adds the bonuses only when the score is already 90 or more (as the
Observatory does). A+ is 100 or more.
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

SESSION_NAMES = re.compile(r"(^|_|-)(sess|session|sid|login|token)", re.IGNORECASE)
ANTI_CSRF = re.compile(r"csrf", re.IGNORECASE)
GRADES = [
    (100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"),
    (50, "C"), (45, "C-"), (40, "D+"), (30, "D"), (25, "D-"), (0, "F"),
]  # fmt: skip


@dataclass
class Scan:
    """What the Observatory looks at: the first response for the http:// address (redirection), and
    the final https:// response with its headers, cookies and HTML."""

    http_status: int
    http_location: str
    headers: dict[str, str]  # lower-case names
    set_cookies: list[str]
    html: str
    host: str


def parse_csp(value: str) -> dict[str, list[str]]:
    policy = {}
    for part in value.split(";"):
        tokens = part.strip().split()
        if tokens:
            policy[tokens[0].lower()] = list(tokens[1:])
    return policy


def csp(scan: Scan) -> tuple[str, int]:
    value = scan.headers.get("content-security-policy")
    if not value:
        if scan.headers.get("content-security-policy-report-only"):
            return "csp-not-implemented-but-reporting-enabled", -25
        return "csp-not-implemented", -25
    policy = parse_csp(value)

    def sources(directive: str) -> list[str]:
        return policy.get(directive, policy.get("default-src", []))

    script, style = sources("script-src"), sources("style-src")
    passive = sources("img-src") + sources("media-src")
    active = script + style + sources("object-src")
    if "default-src" not in policy and "script-src" not in policy:
        return "csp-implemented-with-unsafe-inline", -20
    if "'unsafe-inline'" in script or any(s in script for s in ("*", "data:", "http:", "https:")):
        return "csp-implemented-with-unsafe-inline", -20
    if "'unsafe-eval'" in script:
        return "csp-implemented-with-unsafe-eval", -10
    if any(s in active for s in ("http:", "*")) or any(s.startswith("http://") for s in active):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-inline'" in style:
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if any(s == "http:" or s.startswith("http://") for s in passive):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only", -10
    if policy.get("default-src") == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 5


def cookies(scan: Scan) -> tuple[str, int]:
    if not scan.set_cookies:
        return "cookies-not-found", 0
    hsts = "strict-transport-security" in scan.headers
    worst, all_samesite = ("cookies-secure-with-httponly-sessions-and-samesite", 5), True
    for line in scan.set_cookies:
        jar = SimpleCookie()
        jar.load(line)
        for name, morsel in jar.items():
            attributes = line.lower()
            secure = "secure" in [a.strip() for a in attributes.split(";")]
            httponly = "httponly" in attributes
            samesite = re.search(r"samesite=(\w+)", attributes)
            is_session = bool(SESSION_NAMES.search(name))
            if samesite and samesite.group(1) not in {"strict", "lax", "none"}:
                return "cookies-samesite-flag-invalid", -20
            if not samesite:
                all_samesite = False
                if ANTI_CSRF.search(name):
                    return "cookies-anticsrf-without-samesite-flag", -20
            if is_session and not secure:
                return (
                    ("cookies-session-without-secure-flag-but-protected-by-hsts", -10)
                    if hsts
                    else ("cookies-session-without-secure-flag", -40)
                )
            if is_session and not httponly:
                return "cookies-session-without-httponly-flag", -30
            if not secure:
                worst = (
                    ("cookies-without-secure-flag-but-protected-by-hsts", -5)
                    if hsts
                    else ("cookies-without-secure-flag", -20)
                )
            del morsel
    if worst[1] == 5 and not all_samesite:
        return "cookies-secure-with-httponly-sessions", 0
    return worst


def cors(scan: Scan) -> tuple[str, int]:
    origin = scan.headers.get("access-control-allow-origin")
    if origin is None:
        return "cross-origin-resource-sharing-not-implemented", 0
    if origin.strip() == "*":
        if scan.headers.get("access-control-allow-credentials", "").lower() == "true":
            return "cross-origin-resource-sharing-implemented-with-universal-access", -50
        return "cross-origin-resource-sharing-implemented-with-public-access", 0
    return "cross-origin-resource-sharing-implemented-with-restricted-access", 0


def redirection(scan: Scan) -> tuple[str, int]:
    if scan.http_status not in (301, 302, 303, 307, 308):
        return "redirection-missing", -20
    target = urlsplit(scan.http_location)
    if target.scheme != "https":
        return "redirection-not-to-https", -20
    if target.hostname != scan.host:
        return "redirection-off-host-from-http", -5
    return "redirection-to-https", 0


def referrer_policy(scan: Scan) -> tuple[str, int]:
    value = scan.headers.get("referrer-policy")
    if value is None:
        return "referrer-policy-not-implemented", 0
    policies = [p.strip().lower() for p in value.split(",") if p.strip()]
    valid = {
        "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin",
        "no-referrer-when-downgrade", "origin", "origin-when-cross-origin", "unsafe-url",
    }  # fmt: skip
    if not policies or any(p not in valid for p in policies):
        return "referrer-policy-header-invalid", -5
    effective = policies[-1]
    if effective in {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}:
        return "referrer-policy-private", 5
    if effective == "no-referrer-when-downgrade":
        return "referrer-policy-no-referrer-when-downgrade", 0
    return "referrer-policy-unsafe", -5


def hsts(scan: Scan) -> tuple[str, int]:
    value = scan.headers.get("strict-transport-security")
    if value is None:
        return "hsts-not-implemented", -20
    match = re.search(r"max-age=(\d+)", value, re.IGNORECASE)
    if not match:
        return "hsts-header-invalid", -20
    if int(match.group(1)) < 15768000:
        return "hsts-implemented-max-age-less-than-six-months", -10
    # hsts-preloaded (+5) needs the browsers' preload list, which a test cannot see: no bonus taken.
    return "hsts-implemented-max-age-at-least-six-months", 0


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("src"):
            self.scripts.append(dict(attrs))


def sri(scan: Scan) -> tuple[str, int]:
    if "html" not in scan.headers.get("content-type", ""):
        return "sri-not-implemented-response-not-html", 0
    parser = _Scripts()
    parser.feed(scan.html)
    if not parser.scripts:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    external = [s for s in parser.scripts if urlsplit(s["src"]).netloc not in ("", scan.host)]
    with_sri = all("integrity" in s for s in external)
    insecure = any(s["src"].startswith("http://") for s in external)
    if not external:
        if all("integrity" in s for s in parser.scripts):
            return "sri-implemented-and-all-scripts-loaded-securely", 5
        return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0
    if with_sri:
        return (
            ("sri-implemented-but-external-scripts-not-loaded-securely", -20)
            if insecure
            else ("sri-implemented-and-external-scripts-loaded-securely", 5)
        )
    return (
        ("sri-not-implemented-and-external-scripts-not-loaded-securely", -50)
        if insecure
        else ("sri-not-implemented-but-external-scripts-loaded-securely", -5)
    )


def content_type_options(scan: Scan) -> tuple[str, int]:
    value = scan.headers.get("x-content-type-options")
    if value is None:
        return "x-content-type-options-not-implemented", -5
    if value.strip().lower() != "nosniff":
        return "x-content-type-options-header-invalid", -5
    return "x-content-type-options-nosniff", 0


def frame_options(scan: Scan) -> tuple[str, int]:
    policy = parse_csp(scan.headers.get("content-security-policy", ""))
    if policy.get("frame-ancestors") in (["'none'"], ["'self'"]):
        return "x-frame-options-implemented-via-csp", 5
    value = scan.headers.get("x-frame-options")
    if value is None:
        return "x-frame-options-not-implemented", -20
    if value.strip().upper() in {"DENY", "SAMEORIGIN"}:
        return "x-frame-options-sameorigin-or-deny", 0
    return "x-frame-options-header-invalid", -20


def cross_origin_resource_policy(scan: Scan) -> tuple[str, int]:
    value = scan.headers.get("cross-origin-resource-policy")
    if value is None:
        return "corp-not-implemented", 0
    if value.strip().lower() not in {"same-origin", "same-site", "cross-origin"}:
        return "corp-header-invalid", -5
    return f"corp-implemented-with-{value.strip().lower()}", 0


def cross_origin_opener_policy(scan: Scan) -> tuple[str, int]:
    """Reported, not scored by the Observatory; the site requires same-origin."""
    value = scan.headers.get("cross-origin-opener-policy")
    if value is None:
        return "coop-not-implemented", 0
    return f"coop-implemented-with-{value.strip().lower()}", 0


TESTS = [
    csp, cookies, cors, redirection, referrer_policy, hsts, sri, content_type_options, frame_options,
    cross_origin_resource_policy, cross_origin_opener_policy,
]  # fmt: skip


def score(scan: Scan) -> tuple[int, str, dict[str, tuple[str, int]]]:
    results = {test.__name__: test(scan) for test in TESTS}
    total = 100 + sum(modifier for _name, modifier in results.values() if modifier < 0)
    if total >= 90:
        total += sum(modifier for _name, modifier in results.values() if modifier > 0)
    total = max(total, 0)
    grade = next(letter for floor, letter in GRADES if total >= floor)
    return total, grade, results
