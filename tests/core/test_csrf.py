"""Forgery protection that works under no-referrer and needs no cookie in a current browser."""

import pytest
from django.middleware.csrf import get_token
from django.test import Client

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def login_post(client: Client, **headers):
    user = UserFactory()
    response = client.post("/account/login/", {"login": user.username, "password": PASSWORD}, **headers)
    return user, response


def test_same_origin_post_from_a_current_browser_is_accepted_without_any_cookie():
    client = Client(enforce_csrf_checks=True)
    _, response = login_post(client, HTTP_SEC_FETCH_SITE="same-origin", HTTP_ORIGIN="null")
    assert response.status_code == 302


@pytest.mark.parametrize("site", ["cross-site", "same-site"])
def test_a_post_from_another_site_is_refused(site):
    client = Client(enforce_csrf_checks=True)
    _, response = login_post(client, HTTP_SEC_FETCH_SITE=site)
    assert response.status_code == 403
    assert "could not be sent" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_old_browser_falls_back_to_the_token_even_with_origin_null():
    client = Client(enforce_csrf_checks=True)
    page = client.get("/account/login/")
    token = page.context["csrf_token"]
    user = UserFactory()
    response = client.post(
        "/account/login/",
        {"login": user.username, "password": PASSWORD, "csrfmiddlewaretoken": str(token)},
        HTTP_ORIGIN="null",
    )
    assert response.status_code == 302


def test_an_old_browser_without_the_token_is_refused():
    client = Client(enforce_csrf_checks=True)
    _, response = login_post(client)
    assert response.status_code == 403


def test_a_foreign_origin_is_refused_even_with_a_token(rf):
    client = Client(enforce_csrf_checks=True)
    client.get("/account/login/")
    request = rf.get("/")
    request.COOKIES = dict(client.cookies.items())
    user = UserFactory()
    response = client.post(
        "/account/login/",
        {"login": user.username, "password": PASSWORD, "csrfmiddlewaretoken": get_token(request)},
        HTTP_ORIGIN="https://attacker.example",
    )
    assert response.status_code == 403
