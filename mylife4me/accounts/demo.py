"""Demo accounts, one per role. Their passwords are printed: for a demo or a laptop, never production."""

from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from mylife4me.accounts.roles import Role
from mylife4me.accounts.totp import activate_totp, demo_secret

DEMO_PASSWORD = "demo-only-Passw0rd!"  # noqa: S105 (printed for the demo, by design)

DEMO_ACCOUNTS: list[tuple[str, Role | None, bool, bool]] = [
    # username, role, uses Django admin, superuser
    ("demo-person", None, False, False),
    ("demo-moderator", Role.MODERATOR, False, False),
    ("demo-provider", Role.PROVIDER_STAFF, False, False),
    ("demo-codes", Role.CODE_ADMINISTRATOR, True, False),
    ("demo-editor", Role.CONTENT_EDITOR, True, False),
    ("demo-admin", None, True, True),
]


def load_staff_accounts(say: Callable[[str], None]) -> None:
    User = get_user_model()
    say(f"Every demo account's password is: {DEMO_PASSWORD}")
    for username, role, uses_admin, superuser in DEMO_ACCOUNTS:
        user, _ = User.objects.get_or_create(username=username)
        user.set_password(DEMO_PASSWORD)
        user.is_staff = uses_admin
        user.is_superuser = superuser
        user.save()
        if role is not None:
            user.groups.set([Group.objects.get(name=str(role))])
        if role is None and not superuser:
            say(f"  {username:16} a person with no staff role")
            continue
        secret = demo_secret(username)
        activate_totp(user, secret)
        say(
            f"  {username:16} {str(role) if role else 'Admin':20} TOTP secret {secret} "
            f"(or run: python manage.py demo_totp {username})"
        )
