"""Staff roles. Each is a Django group made by a data migration; admins are superusers."""

from enum import StrEnum

from allauth.mfa.utils import is_mfa_enabled


class Role(StrEnum):
    MODERATOR = "Moderators"
    PROVIDER_STAFF = "Provider staff"
    CODE_ADMINISTRATOR = "Code administrators"
    CONTENT_EDITOR = "Content editors"


# Templates call anything callable, an Enum class included, so {{ Role.MODERATOR }} was empty.
Role.do_not_call_in_templates = True


def role_names(user) -> set[str]:
    if not user.is_authenticated:
        return set()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return cached


def has_role(user, *roles: Role) -> bool:
    """True when the person holds any of the roles. An admin (superuser) holds every role."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return bool(role_names(user) & {str(role) for role in roles})


def is_staff_member(user) -> bool:
    """Anyone with a staff role, admin rights or access to Django admin."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.is_staff or bool(role_names(user) & {str(role) for role in Role})


def needs_mfa_setup(user) -> bool:
    """Staff must turn on two-factor authentication before they can reach any staff page."""
    return is_staff_member(user) and not is_mfa_enabled(user)
