"""The alert kinds of the access codes (registered from apps.py).

The messages to the person never say what the code is for (no programme name, no "drug", "alcohol",
"treatment" or "recovery"): someone else may see their phone or inbox. tests/access_codes checks this.
"""

from access_codes.issuing import CODE_KIND, DECLINED_KIND
from access_codes.pool import LOW_POOL_KIND
from mylife4me.accounts.roles import Role
from mylife4me.alerts import AlertKind, register_kind


def register() -> None:
    register_kind(
        AlertKind(
            name=CODE_KIND,
            label="Your access code",
            email_subject="Your MyLife4Me access code",
            email_template="access_codes/alerts/code.txt",
            sms_template="Hi {{ name }}, your MyLife4Me access code is {{ code }}. Start at {{ url }}",
            channels=frozenset({"email", "sms"}),
            default_channels=frozenset({"email", "sms"}),
            choosable=False,  # only ever sent to a bare address
        )
    )
    register_kind(
        AlertKind(
            name=DECLINED_KIND,
            label="Your access code request",
            email_subject="Your MyLife4Me request",
            email_template="access_codes/alerts/declined.txt",
            sms_template=(
                "Hi {{ name }}, sorry: we could not send you a MyLife4Me access code. {{ reason }} "
                "Other free help: {{ url }}"
            ),
            channels=frozenset({"email", "sms"}),
            default_channels=frozenset({"email", "sms"}),
            choosable=False,
        )
    )
    register_kind(
        AlertKind(
            name=LOW_POOL_KIND,
            label="Access codes running low (code administrators)",
            email_subject="Access codes are running low: {{ left }} left",
            email_template="access_codes/alerts/low_pool.txt",
            sms_template="MyLife4Me: only {{ left }} access codes are left. Import more: {{ url }}",
            channels=frozenset({"email", "sms"}),
            default_channels=frozenset({"email"}),
            roles=frozenset({Role.CODE_ADMINISTRATOR}),
        )
    )
