"""The alert kinds of the services directory (registered from apps.py)."""

from mylife4me.accounts.roles import Role
from mylife4me.alerts import AlertKind, register_kind
from services_directory.callbacks import CONFIRMATION_KIND, REQUEST_KIND
from services_directory.listings import REMINDER_KIND


def register() -> None:
    register_kind(
        AlertKind(
            name=REMINDER_KIND,
            label="Reminders to confirm your organisation's listings",
            email_subject="Please check your listing for {{ service }}",
            email_template="services_directory/alerts/confirm_listing.txt",
            sms_template="MyLife4Me: please check your listing for {{ service }}. {{ url }}",
            channels=frozenset({"email"}),
            default_channels=frozenset({"email"}),
            roles=frozenset({Role.PROVIDER_STAFF}),
        )
    )
    register_kind(
        AlertKind(
            name=REQUEST_KIND,
            label="Call-back requests for your organisation's services",
            email_subject="New call-back request for {{ service }}",
            email_template="services_directory/alerts/callback_request.txt",
            sms_template="MyLife4Me: a new call-back request for {{ service }}. {{ url }}",
            channels=frozenset({"email", "sms"}),
            default_channels=frozenset({"email"}),
            roles=frozenset({Role.PROVIDER_STAFF}),
        )
    )
    register_kind(
        AlertKind(
            name=CONFIRMATION_KIND,
            label="Call-back request received",
            email_subject="We have your request",
            email_template="services_directory/alerts/callback_confirmation.txt",
            sms_template=(
                "Hi {{ name }}, thanks: we have passed on your request and someone will call you back. "
                "Ignore this text if it was not you."
            ),
            channels=frozenset({"sms"}),
            default_channels=frozenset({"sms"}),
            choosable=False,  # only ever sent to a bare number
        )
    )
