import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from mylife4me.accounts.roles import Role
from mylife4me.accounts.totp import activate_totp

PASSWORD = "a-Long-test-passw0rd"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person-{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def make_staff(role: Role | None = None, *, mfa: bool = True, superuser: bool = False, **kwargs):
    """A staff member with a role (or an admin when superuser), with TOTP turned on unless mfa=False."""
    user = UserFactory(is_superuser=superuser, is_staff=superuser or kwargs.pop("is_staff", False), **kwargs)
    if role is not None:
        user.groups.add(Group.objects.get(name=str(role)))
    if mfa:
        activate_totp(user, TOTP_SECRET)
    return user
