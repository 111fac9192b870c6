import pytest
from django.contrib.auth import SESSION_KEY
from django.core.management import call_command
from django.db.utils import OperationalError
from django.test import Client, override_settings
from django.urls import include, path

from mylife4me.accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ENTRY_POINTS = {
    "/drugs/": "Drugs and alcohol A to Z",
    "/services/": "Find support near you",
    "/forum/": "Talk to others",
    "/stories/": "Recovery stories",
    "/breaking-free/": "Free online treatment",
    "/advice/overdose/": "What to do in an overdose",
}


def test_home_page_links_to_every_entry_point(browser_client):
    html = browser_client.get("/").content.decode()
    for href, label in ENTRY_POINTS.items():
        assert f'href="{href}">{label}</a>' in html


@pytest.mark.parametrize(
    "path", ["/", "/using-this-site-safely/", "/privacy/", "/account/login/", "/nowhere/"]
)
def test_every_page_has_quick_exit_and_urgent_help(browser_client, path):
    html = browser_client.get(path).content.decode()
    assert 'data-module="govuk-exit-this-page"' in html
    assert 'href="/exit/"' in html
    assert 'href="tel:999"' in html
    assert 'href="tel:116123"' in html
    assert 'href="tel:03001236600"' in html
    assert "Skip to main content" in html


def test_404_is_friendly_and_in_the_layout(browser_client):
    response = browser_client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_400_is_friendly_for_a_bad_host_header():
    response = Client(HTTP_HOST="not-our-site.example").get("/")
    assert response.status_code == 400
    assert "something was wrong with that request" in response.content.decode()


def test_403_is_friendly(client):
    client.force_login(UserFactory())
    response = client.get("/staff/")
    assert response.status_code == 403
    assert "You cannot see this page" in response.content.decode()


def _broken_view(request):
    raise RuntimeError("something broke")


urlpatterns = [path("broken/", _broken_view), path("", include("mylife4me.urls"))]


@override_settings(ROOT_URLCONF=__name__)
def test_500_is_friendly_and_shows_urgent_help():
    client = Client(raise_request_exception=False)
    response = client.get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, there is a problem with the service" in html
    assert "116 123" in html


@override_settings(QUICK_EXIT_URL="https://example.org/neutral")
def test_exit_ends_the_session_and_goes_to_the_neutral_site(client):
    user = UserFactory()
    client.login(username=user.username, password=PASSWORD)
    assert SESSION_KEY in client.session
    response = client.get("/exit/")
    assert response.status_code == 302
    assert response["Location"] == "https://example.org/neutral"
    assert response["Clear-Site-Data"] == '"cookies"'
    assert client.get("/account/").status_code == 302  # signed out


def test_the_safety_page_says_what_quick_exit_does_not_do(browser_client):
    html = browser_client.get("/using-this-site-safely/").content.decode()
    assert "does not delete your browsing history" in html
    assert "private window" in html.lower()


def test_healthz_reports_each_part(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["parts"]["database"]["ok"] is True


def test_healthz_is_503_when_the_database_is_down(client, monkeypatch):
    from mylife4me.core import health

    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(health.connection, "cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["parts"]["database"] == {"ok": False, "detail": "OperationalError"}


@override_settings(CELERY_BROKER_URL="redis://127.0.0.1:1/0")
def test_healthz_is_503_when_the_broker_is_unreachable(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["parts"]["broker"]["ok"] is False


def test_load_demo_is_idempotent(capsys):
    call_command("load_demo", force=True)
    first = User.objects.count()
    call_command("load_demo", force=True)
    assert User.objects.count() == first
    out = capsys.readouterr().out
    assert "demo-moderator" in out and "TOTP secret" in out
    assert User.objects.get(username="demo-moderator").groups.filter(name="Moderators").exists()


def test_load_demo_refuses_without_debug_unless_forced():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("load_demo")
