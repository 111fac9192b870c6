"""Who may open each page: the expectation table for the access-control walk.

Every named URL of the site must have an entry here (or fall under a prefix rule for the apps still being
built), so a new page fails the walk until whoever adds it says who may see it.

A rule maps a principal (and the URL's variant) to the outcomes allowed:
  ok      the page (2xx, a redirect that is not to sign-in, or 405 for a POST-only address)
  login   redirected to sign in
  mfa     redirected to set up two-factor authentication
  denied  403 or 404
"""

from collections.abc import Callable

from mylife4me.accounts.roles import Role
from tests.security.world import Principal

OK, LOGIN, MFA, DENIED = "ok", "login", "mfa", "denied"
Rule = Callable[[Principal, str], set[str]]


def public(p: Principal, variant: str) -> set[str]:
    return {OK}


def anyone_no_error(p: Principal, variant: str) -> set[str]:
    """allauth's own flow pages (they redirect or explain, depending on the session)."""
    return {OK, LOGIN, DENIED}


def signed_in(p: Principal, variant: str) -> set[str]:
    return {OK} if p.signed_in else {LOGIN}


def own_account(p: Principal, variant: str) -> set[str]:
    """allauth's pages about the signed-in person's own sign-in (they may first ask for the password
    again, or say there is nothing to show): anonymous people are sent to sign in."""
    return {OK, MFA, DENIED} if p.signed_in else {LOGIN}


def staff(*roles: Role, admin_only: bool = False, own_organisation: bool = False) -> Rule:
    def rule(p: Principal, variant: str) -> set[str]:
        if not p.signed_in:
            return {LOGIN}
        if not p.holds(*roles):
            return {DENIED}
        if not p.mfa:
            return {MFA}
        if admin_only and not p.superuser:
            return {DENIED}
        if own_organisation and p.organisation != "A":  # the walk's objects belong to organisation A
            return {DENIED}
        return {OK}

    return rule


def own_post(p: Principal, variant: str) -> set[str]:
    """A visible post is public; a post waiting for a moderator is seen by its writer only."""
    if variant == "visible":
        return {OK}
    return {OK} if p.name == "person" else {DENIED}


def staff_prefix(p: Principal, variant: str) -> set[str]:
    """Default for pages of apps still being built under /staff/, /provider/ or /moderation/: never
    reached without a staff role and two-factor authentication."""
    if not p.signed_in:
        return {LOGIN, DENIED}
    if not p.is_staff_member:
        return {DENIED}
    if not p.mfa:
        return {MFA, DENIED}
    return {OK, DENIED}


def not_an_error(p: Principal, variant: str) -> set[str]:
    return {OK, LOGIN, MFA, DENIED}


MODERATOR = staff(Role.MODERATOR)
PROVIDER = staff(Role.PROVIDER_STAFF, own_organisation=True)

EXPECTED: dict[str, Rule] = {
    # core
    "core:home": public,
    "core:safety": public,
    "core:privacy": public,
    "core:accessibility": public,
    "core:exit": public,
    "core:healthz": public,
    "core:search": public,
    "core:offline": public,
    "core:service_worker": public,
    # accounts
    "accounts:home": signed_in,
    "accounts:your_data": signed_in,
    "accounts:delete": signed_in,
    "accounts:deleted": public,
    "staff_home": staff(),
    # alerts
    "alerts:preferences": signed_in,
    "alerts:stop": public,  # the signed token is the authority
    "alerts:outbox": staff(admin_only=True),
    "alerts:resend": staff(admin_only=True),
    # allauth
    "account_login": public,
    "account_logout": public,
    "account_signup": public,
    "account_inactive": public,
    "account_reauthenticate": own_account,
    "account_email": own_account,
    "account_email_verification_sent": public,
    "account_change_password": own_account,
    "account_set_password": own_account,
    "account_reset_password": public,
    "account_reset_password_done": public,
    "account_reset_password_from_key": public,
    "account_reset_password_from_key_done": public,
    "account_confirm_login_code": anyone_no_error,
    "account_confirm_email": public,
    "mfa_index": own_account,
    "mfa_authenticate": anyone_no_error,
    "mfa_reauthenticate": own_account,
    "mfa_activate_totp": own_account,
    "mfa_deactivate_totp": own_account,
    "mfa_view_recovery_codes": own_account,
    "mfa_generate_recovery_codes": own_account,
    "mfa_download_recovery_codes": own_account,
    # forum
    "forum:index": public,
    "forum:rules": public,
    "forum:category": public,
    "forum:thread": public,
    "forum:reply": signed_in,
    "forum:new_thread": signed_in,
    "forum:follow": signed_in,
    "forum:post": own_post,
    "forum:flag": signed_in,
    "forum:manage": MODERATOR,
    # moderation
    "moderation:queue": MODERATOR,
    "moderation:item": MODERATOR,
    "moderation:person": MODERATOR,
    "moderation:log": MODERATOR,
    "moderation:words": MODERATOR,
    "moderation:word_add": MODERATOR,
    "moderation:word_edit": MODERATOR,
    "moderation:word_delete": MODERATOR,
    # services directory
    "services_directory:substances": public,
    "services_directory:substance": public,
    "services_directory:advice": public,
    "services_directory:advice_page": public,
    "services_directory:services": public,
    "services_directory:service": public,
    "services_directory:poster": public,
    "services_directory:callback": public,
    "services_directory:callback_sent": public,
    "services_directory:provider_home": staff(Role.PROVIDER_STAFF),
    "services_directory:provider_figures": staff(Role.PROVIDER_STAFF),
    "services_directory:provider_service_new": PROVIDER,
    "services_directory:provider_location_new": PROVIDER,
    "services_directory:provider_service": PROVIDER,
    "services_directory:provider_confirm": PROVIDER,
    "services_directory:provider_hours": PROVIDER,
    "services_directory:provider_closure_add": PROVIDER,
    "services_directory:provider_closure_delete": PROVIDER,
    "services_directory:provider_callback_close": PROVIDER,
    "services_directory:provider_location": PROVIDER,
    # Open Referral UK API: public, read-only
    "openreferral:root": public,
    "openreferral:openapi": public,
    "openreferral:services": public,
    "openreferral:service": public,
    "openreferral:service_at_locations": public,
    "openreferral:organizations": public,
    "openreferral:taxonomies": public,
    "openreferral:taxonomy_terms": public,
}

# Apps still being built get a rule from where their pages live; any other new URL must be listed above.
PREFIX_DEFAULTS_FOR = ("stories", "access_codes", "figures")
STAFF_PREFIXES = ("staff/", "provider/", "moderation/")


def rule_for(name: str, route: str) -> Rule | None:
    if name in EXPECTED:
        return EXPECTED[name]
    if name.split(":", 1)[0] in PREFIX_DEFAULTS_FOR:
        path = route.lstrip("^")
        is_staff_page = path.startswith(STAFF_PREFIXES) or any(
            f"/{prefix}" in path for prefix in STAFF_PREFIXES
        )
        return staff_prefix if is_staff_page else not_an_error
    return None
