"""The one gate in front of every staff page: signed in, holding the role, with two-factor authentication."""

from collections.abc import Callable
from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from mylife4me.accounts.roles import Role, has_role, is_staff_member, needs_mfa_setup

MFA_SETUP_MESSAGE = (
    "Set up two-factor authentication to use staff pages. It keeps the people who use this site safe."
)


def mfa_setup_redirect(request: HttpRequest) -> HttpResponseRedirect:
    messages.warning(request, MFA_SETUP_MESSAGE)
    return HttpResponseRedirect(
        reverse("mfa_activate_totp") + "?" + urlencode({"next": request.get_full_path()})
    )


def check_staff_access(request: HttpRequest, roles: tuple[Role, ...]) -> HttpResponse | None:
    """None when the request may go on; otherwise the response to send instead."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    allowed = has_role(user, *roles) if roles else is_staff_member(user)
    if not allowed:
        raise PermissionDenied
    if needs_mfa_setup(user):
        return mfa_setup_redirect(request)
    return None


def role_required(*roles: Role) -> Callable:
    """Decorates a staff view. With no roles named, any staff role will do."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            refusal = check_staff_access(request, roles)
            if refusal is not None:
                return refusal
            return view(request, *args, **kwargs)

        wrapped.staff_roles = roles
        return wrapped

    return decorator
