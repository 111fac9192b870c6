import pytest

from mylife4me.accounts.roles import Role
from mylife4me.moderation.standing import needs_review, set_trust_level, trust_level
from tests.factories import UserFactory, make_staff

pytestmark = pytest.mark.django_db


def test_a_new_person_starts_at_level_zero_and_is_reviewed():
    person = UserFactory()
    assert trust_level(person) == 0
    assert needs_review(person)


def test_a_moderator_is_trusted_from_the_start_unless_set_by_hand():
    moderator = make_staff(Role.MODERATOR)
    assert trust_level(moderator) == 1
    assert not needs_review(moderator)
    other = make_staff(Role.MODERATOR)
    set_trust_level(moderator, other, 0, reason="testing")
    assert trust_level(other) == 0
