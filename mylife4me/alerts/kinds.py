"""Kinds of alert: what each app may send, registered from the owning app's AppConfig.ready()."""

from dataclasses import dataclass

from django.template import Context, Engine

from mylife4me.alerts.sms import MAX_SMS_FRAGMENTS, sms_fragments

CHANNELS = ("email", "sms")
DIGEST_KIND = "alerts.digest"

# Registration checks the fixed text of an SMS template with each variable filled by this many
# characters (about the length of a site link), plus the "how to stop" line.
_SAMPLE_VALUE_LENGTH = 60


@dataclass(frozen=True)
class AlertKind:
    name: str
    label: str
    email_subject: str
    email_template: str
    sms_template: str
    channels: frozenset[str]
    default_channels: frozenset[str]
    urgent: bool = False
    # False for kinds only ever sent to a bare address (not listed on the preferences page).
    choosable: bool = True
    # Staff roles (Role values) whose holders see this kind on their preferences page; empty: everyone.
    roles: frozenset[str] = frozenset()


_registry: dict[str, AlertKind] = {}


class _Sample(str):
    """Stands in for every template variable when checking an SMS template's length."""

    def __getattr__(self, name: str) -> "_Sample":
        return self

    def __getitem__(self, key) -> "_Sample":
        return self


class _SampleContext(dict):
    def __missing__(self, key: str) -> _Sample:
        return _Sample("x" * _SAMPLE_VALUE_LENGTH)

    def __contains__(self, key: object) -> bool:
        return True


def register_kind(kind: AlertKind) -> AlertKind:
    """Adds a kind of alert. Refuses a kind that could never be sent as written."""
    from mylife4me.alerts.rendering import STOP_SMS_SAMPLE

    unknown = set(kind.channels) - set(CHANNELS)
    if not kind.channels or unknown:
        raise ValueError(f"{kind.name}: channels must be some of {CHANNELS}, not {sorted(kind.channels)}")
    if not set(kind.default_channels) <= set(kind.channels):
        raise ValueError(f"{kind.name}: default_channels must be among its channels")
    if "." not in kind.name or kind.name == DIGEST_KIND:
        raise ValueError(f"{kind.name}: name a kind '<app>.<what>'")
    existing = _registry.get(kind.name)
    if existing is not None and existing != kind:
        raise ValueError(f"{kind.name} is already registered with different settings")
    if "sms" in kind.channels:
        template = Engine.get_default().from_string(kind.sms_template)
        sample = template.render(Context(_SampleContext(), autoescape=False)).strip() + "\n" + STOP_SMS_SAMPLE
        if sms_fragments(sample) > MAX_SMS_FRAGMENTS:
            raise ValueError(f"{kind.name}: the text message would be more than {MAX_SMS_FRAGMENTS} SMS long")
    _registry[kind.name] = kind
    return kind


def get_kind(name: str) -> AlertKind:
    try:
        return _registry[name]
    except KeyError:
        raise LookupError(f"No alert kind called {name!r} is registered") from None


def all_kinds(user=None) -> list[AlertKind]:
    """The kinds a person can choose about, in the order of their labels.

    With a user, kinds meant for staff roles the person does not hold are left out.
    """
    from mylife4me.accounts.roles import has_role

    return sorted(
        (
            kind
            for kind in _registry.values()
            if kind.choosable and (not kind.roles or user is None or has_role(user, *kind.roles))
        ),
        key=lambda kind: kind.label,
    )


def unregister_kind(name: str) -> None:
    """For tests that register kinds of their own."""
    _registry.pop(name, None)
