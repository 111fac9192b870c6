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


def test_a_person_without_email_can_save_the_page_as_it_is_shown(client):
    """The page never preselects a channel the person cannot receive, so saving it unchanged works."""
    client.force_login(UserFactory(email=""))
    page = client.get("/account/alerts/")
    form = page.context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    assert "email" not in {value for name, value in data.items() if name.startswith("kind-")}
    response = client.post("/account/alerts/", data)
    assert response.status_code == 302
