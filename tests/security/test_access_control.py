"""Access control: every URL of the site, as every kind of person, with and without two-factor sign-in.

The URLs come from the URL configuration (tests/security/routes.py) and the expected outcome from the
table in tests/security/access_rules.py: a new page without an entry fails here.
"""

from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from tests.security.access_rules import DENIED, LOGIN, MFA, OK, rule_for
from tests.security.routes import all_routes, fill
from tests.security.world import PRINCIPALS

METHOD = "method not allowed"  # a GET of a POST-only address: the POST is checked instead

pytestmark = pytest.mark.django_db


def outcome(response) -> str:
    status = response.status_code
    assert status < 500, f"server error {status}"
    if status == 405:
        return METHOD
    if status in (403, 404):
        return DENIED
    if status in (301, 302, 303, 307, 308):
        target = urlsplit(response["Location"]).path
        if target == reverse("account_login"):
            return LOGIN
        if target in {reverse("mfa_activate_totp"), reverse("account_reauthenticate")}:
            return MFA
        return OK
    if 200 <= status < 300:
        return OK
    return f"status {status}"


def test_every_url_has_an_expectation():
    missing = [f"{r.name} ({r.route})" for r in all_routes() if rule_for(r.name, r.route) is None]
    assert not missing, (
        "These URLs have no entry in tests/security/access_rules.py EXPECTED. Say who may open them: "
        + ", ".join(missing)
    )


def test_every_url_as_every_role(world):
    admin = world.client(PRINCIPALS[12])
    clients = {p.name: world.client(p) for p in PRINCIPALS}
    problems, checked, addresses = [], 0, set()
    for route in all_routes():
        rule = rule_for(route.name, route.route)
        if rule is None:
            continue  # reported by test_every_url_has_an_expectation
        paths = fill(route, world, lambda path: admin.get(path).status_code)
        if not paths:
            problems.append(f"{route.name}: could not fill {route.arguments} from the seeded data")
            continue
        for variant, path in paths.items():
            addresses.add(path)
            for principal in PRINCIPALS:
                response = clients[principal.name].get(path)
                got = outcome(response)
                allowed = rule(principal, variant)
                checked += 1
                if got == METHOD:
                    # A POST-only address: whoever may not use it must be refused a POST too (the
                    # POST is sent only where a refusal is expected, so nothing is changed by the walk).
                    if OK in allowed:
                        continue
                    got = outcome(clients[principal.name].post(path, {}))
                    checked += 1
                if got not in allowed:
                    problems.append(f"{path} [{route.name}] as {principal.name}: {got}, expected {allowed}")
    roles = len(PRINCIPALS)
    print(f"access control: {checked} requests checked ({len(addresses)} addresses x {roles} roles)")
    assert checked > 500
    assert not problems, "\n".join(problems)


def test_provider_staff_never_reach_another_organisations_records(world):
    """Organisation B's staff, with two-factor sign-in, against every one of A's provider addresses,
    by GET and by POST: always not found, and A's records are unchanged."""
    staff_b = world.client(next(p for p in PRINCIPALS if p.name == "provider staff B"))
    callback = world.objects["callback A"]
    service = world.objects["service A"]
    provider_routes = [
        r for r in all_routes() if r.name.startswith("services_directory:provider_") and r.arguments
    ]
    assert len(provider_routes) >= 8
    for route in provider_routes:
        for path in fill(route, world, lambda p: 404).values():
            assert staff_b.get(path).status_code in (404, 405), path  # 405: a POST-only address
            assert staff_b.post(path, {"name": "Taken over", "reason": "x"}).status_code == 404, path
    callback.refresh_from_db()
    service.refresh_from_db()
    assert callback.state == "open" and service.name == "Walker service A"
    assert "Walker service A" not in staff_b.get(reverse("services_directory:provider_home")).content.decode()


def test_no_one_else_sees_a_persons_data_export_or_alert_settings(world):
    person = world.users["person"]
    person.email = "only-mine@example.org"
    person.save()
    other = world.client(next(p for p in PRINCIPALS if p.name == "other person"))
    download = other.post(reverse("accounts:your_data"))
    assert download.status_code == 200
    assert (
        b"only-mine@example.org" not in download.content and person.username.encode() not in download.content
    )
    assert person.username.encode() not in other.get(reverse("alerts:preferences")).content
