import pytest

from mylife4me.accounts.roles import Role
from tests.factories import UserFactory, make_staff

pytestmark = pytest.mark.django_db


def test_moderator_alerts_are_offered_only_to_moderators(client):
    client.force_login(UserFactory())
    page = client.get("/account/alerts/").content.decode()
    assert "Someone may be in crisis" not in page
    assert "Replies" in page or "repl" in page.lower()

    client.force_login(make_staff(Role.MODERATOR))
    assert "Someone may be in crisis" in client.get("/account/alerts/").content.decode()
