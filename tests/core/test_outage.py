"""A database outage answers 503 with the site's own page; other faults stay 500."""

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import include, path


def _database_gone(request):
    raise OperationalError("could not connect to server: Connection refused")


def _bug(request):
    raise ValueError("a bug")


# The site's own addresses too: the error page links to them.
urlpatterns = [
    path("needs-database/", _database_gone),
    path("bug/", _bug),
    path("", include("mylife4me.urls")),
]

pytestmark = pytest.mark.urls(__name__)


def test_a_page_that_cannot_reach_the_database_answers_503_with_help():
    response = Client(raise_request_exception=False).get("/needs-database/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert "Sorry, there is a problem with the service" in body
    assert "116 123" in body  # the urgent-help numbers work without the database
    assert "Connection refused" not in body and "Traceback" not in body
    assert "no-store" in response["Cache-Control"]
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert not response.cookies


def test_any_other_fault_is_still_a_500():
    response = Client(raise_request_exception=False).get("/bug/")

    assert response.status_code == 500
