import json

import pytest
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group

from mylife4me.accounts.models import User
from mylife4me.accounts.roles import Role
from mylife4me.accounts.totp import current_code
from tests.factories import PASSWORD, TOTP_SECRET, UserFactory, make_staff

pytestmark = pytest.mark.django_db


def test_roles_are_made_by_the_migration():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Moderators", "Provider staff", "Code administrators", "Content editors"} <= names


def test_sign_up_with_a_username_only(browser_client):
    page = browser_client.get("/account/signup/").content.decode()
    assert "not your real name" in page
    assert "first_name" not in page and "last_name" not in page
    response = browser_client.post(
        "/account/signup/",
        {"username": "quiet-fox", "email": "", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    user = User.objects.get(username="quiet-fox")
    assert user.email == ""
    assert browser_client.session[SESSION_KEY] == str(user.pk)


def test_sign_up_errors_keep_what_was_typed(browser_client):
    response = browser_client.post(
        "/account/signup/",
        {"username": "night-owl", "email": "", "password1": PASSWORD, "password2": "different"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert 'class="govuk-error-summary"' in html
    assert 'value="night-owl"' in html
    assert not User.objects.filter(username="night-owl").exists()


def test_sign_in(browser_client):
    user = UserFactory()
    response = browser_client.post("/account/login/", {"login": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert browser_client.session[SESSION_KEY] == str(user.pk)


def test_repeated_failures_are_rate_limited(browser_client):
    user = UserFactory()
    for _ in range(5):
        wrong = browser_client.post("/account/login/", {"login": user.username, "password": "not-it"})
        assert "not correct" in wrong.content.decode()
    response = browser_client.post("/account/login/", {"login": user.username, "password": PASSWORD})
    assert "Too many failed" in response.content.decode()
    assert SESSION_KEY not in browser_client.session


@pytest.mark.parametrize("role", list(Role))
def test_staff_without_mfa_are_sent_to_set_it_up_and_cannot_reach_staff_pages(browser_client, role):
    client = browser_client
    staff = make_staff(role, mfa=False, is_staff=True)
    client.post("/account/login/", {"login": staff.username, "password": PASSWORD})
    for path in ["/staff/", "/admin/", "/admin/accounts/user/"]:
        response = client.get(path, follow=True)
        hops = [url for url, _ in response.redirect_chain]
        assert any(url.startswith("/account/2fa/totp/activate/") for url in hops), (path, hops)
        # allauth asks for the password again before two-factor set-up; then it carries on to set-up.
        assert response.request["PATH_INFO"] == "/account/reauthenticate/", path
        assert "Set up two-factor authentication to use staff pages" in response.content.decode()


def test_staff_with_mfa_reach_their_pages(client):
    editor = make_staff(Role.CONTENT_EDITOR, is_staff=True)
    client.force_login(editor)
    assert client.get("/staff/").status_code == 200
    assert client.get("/admin/").status_code == 200


def test_a_person_with_no_role_cannot_reach_staff_pages(client):
    client.force_login(UserFactory())
    assert client.get("/staff/").status_code == 403
    assert client.get("/admin/", follow=True).status_code == 403


def test_admin_signs_in_through_allauth(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_staff_sign_in_asks_for_the_authenticator_code(browser_client):
    moderator = make_staff(Role.MODERATOR)
    response = browser_client.post("/account/login/", {"login": moderator.username, "password": PASSWORD})
    assert response["Location"] == "/account/2fa/authenticate/"
    assert SESSION_KEY not in browser_client.session
    wrong = browser_client.post("/account/2fa/authenticate/", {"code": "000000"})
    assert SESSION_KEY not in browser_client.session
    assert wrong.status_code == 200
    browser_client.post("/account/2fa/authenticate/", {"code": current_code(TOTP_SECRET)})
    assert browser_client.session[SESSION_KEY] == str(moderator.pk)
    assert browser_client.get("/staff/").status_code == 200


def test_download_your_data(client):
    user = UserFactory(email="someone@example.org")
    client.force_login(user)
    response = client.post("/account/your-data/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="mylife4me-data-')
    data = json.loads(response.content)
    assert data["account"]["username"] == user.username
    assert data["account"]["email"] == "someone@example.org"
    assert "password" not in response.content.decode().lower()


def test_account_pages_are_never_cached(client):
    client.force_login(UserFactory())
    response = client.get("/account/")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_delete_account_needs_the_password_and_keeps_nothing(client):
    user = UserFactory()
    client.force_login(user)
    refused = client.post("/account/delete/", {"password": "wrong", "confirm": "on"})
    assert "Your password is not right" in refused.content.decode()
    assert User.objects.filter(pk=user.pk).exists()
    response = client.post("/account/delete/", {"password": PASSWORD, "confirm": "on"})
    assert response["Location"] == "/account/deleted/"
    assert not User.objects.filter(pk=user.pk).exists()
    assert SESSION_KEY not in client.session
