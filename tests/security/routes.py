"""Every named URL pattern of the site, read from the URL configuration, with its path arguments filled.

Arguments come from the seeded world (tests/security/world.py): a table for the patterns whose object
matters (whose organisation, whose post), and for any other pattern a guess from the seeded rows (an
`<x>_id` argument tries the pks of models named like x, a `slug` tries slugs, preferring the URL's own
app), kept when an admin's GET of it is not a 404. So a new app's pages are walked as soon as they land.
"""

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from mylife4me.alerts.tokens import make_token

SKIP_PREFIXES = ("admin/",)  # Django admin has its own gate (tests/accounts)


@dataclass
class Route:
    name: str  # "namespace:name"
    route: str  # the pattern as written, e.g. "forum/t/<int:thread_id>/<slug:slug>/"
    arguments: list[str] = field(default_factory=list)
    converters: dict[str, str] = field(default_factory=dict)

    @property
    def namespace(self) -> str:
        return self.name.split(":", 1)[0] if ":" in self.name else ""


def _argument_names(route: str) -> tuple[list[str], dict[str, str]]:
    typed = re.findall(r"<(?:(\w+):)?(\w+)>", route)
    regex = re.findall(r"\(\?P<(\w+)>", route)
    converters = {name: conv or "str" for conv, name in typed}
    converters.update(dict.fromkeys(regex, "regex"))
    return [name for _conv, name in typed] + regex, converters


def _walk(patterns, prefix: str = "", namespace: str = ""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(part for part in (namespace, entry.namespace or "") if part)
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern) and entry.name:
            route = prefix + str(entry.pattern)
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            arguments, converters = _argument_names(route)
            yield Route(name, route, arguments, converters)


def all_routes() -> list[Route]:
    seen: dict[str, Route] = {}
    for route in _walk(get_resolver().url_patterns):
        if route.route.lstrip("^").startswith(SKIP_PREFIXES):
            continue
        seen.setdefault(route.name, route)
    return sorted(seen.values(), key=lambda r: r.name)


# The objects whose owner matters, by URL name: world -> {variant: kwargs}.
def _o(world, key):
    return world.objects[key]


KNOWN_ARGUMENTS: dict[str, Callable] = {
    "alerts:stop": lambda w: {"": {"token": make_token(_o(w, "notification").pk)}},
    "alerts:resend": lambda w: {"": {"notification_id": _o(w, "notification").pk}},
    "forum:thread": lambda w: {"": {"thread_id": _o(w, "thread").pk, "slug": _o(w, "thread").slug}},
    "forum:reply": lambda w: {"": {"thread_id": _o(w, "thread").pk, "slug": _o(w, "thread").slug}},
    "forum:follow": lambda w: {"": {"thread_id": _o(w, "thread").pk}},
    "forum:manage": lambda w: {"": {"thread_id": _o(w, "thread").pk}},
    "forum:post": lambda w: {
        "visible": {"post_id": _o(w, "visible post").pk},
        "held": {"post_id": _o(w, "held post").pk},
    },
    "forum:flag": lambda w: {"": {"post_id": _o(w, "visible post").pk}},
    "forum:category": lambda w: {"": {"slug": _o(w, "thread").category.slug}},
    "forum:new_thread": lambda w: {"": {"slug": _o(w, "thread").category.slug}},
    "moderation:item": lambda w: {"": {"item_id": _o(w, "moderation item").pk}},
    "moderation:person": lambda w: {"": {"user_id": w.users["person"].pk}},
    "moderation:word_edit": lambda w: {"": {"word_id": _o(w, "watched word").pk}},
    "moderation:word_delete": lambda w: {"": {"word_id": _o(w, "watched word").pk}},
    "services_directory:service": lambda w: {"": {"slug": _o(w, "service A").slug}},
    "services_directory:poster": lambda w: {"": {"slug": _o(w, "service A").slug}},
    "services_directory:callback": lambda w: {"": {"slug": _o(w, "service A").slug}},
    "services_directory:callback_sent": lambda w: {"": {"slug": _o(w, "service A").slug}},
    "services_directory:provider_service_new": lambda w: {
        "": {"organization_id": _o(w, "organisation A").pk}
    },
    "services_directory:provider_location_new": lambda w: {
        "": {"organization_id": _o(w, "organisation A").pk}
    },
    "services_directory:provider_service": lambda w: {"": {"service_id": _o(w, "service A").pk}},
    "services_directory:provider_confirm": lambda w: {"": {"service_id": _o(w, "service A").pk}},
    "services_directory:provider_hours": lambda w: {"": {"service_id": _o(w, "service A").pk}},
    "services_directory:provider_closure_add": lambda w: {"": {"service_id": _o(w, "service A").pk}},
    "services_directory:provider_closure_delete": lambda w: {
        "": {"service_id": _o(w, "service A").pk, "closure_id": _o(w, "closure A").pk}
    },
    "services_directory:provider_callback_close": lambda w: {
        "": {"callback_id": _o(w, "callback A").pk, "outcome": "called"}
    },
    "services_directory:provider_location": lambda w: {"": {"location_id": _o(w, "location A").pk}},
    "openreferral:service": lambda w: {"": {"service_id": _o(w, "service A").pk}},
    # allauth's links carry keys from emails: a made-up key must give a clear "not valid" page.
    "account_confirm_email": lambda w: {"": {"key": "not-a-real-key"}},
    "account_reset_password_from_key": lambda w: {"": {"uidb36": "zz", "key": "set-password"}},
}


def _candidate_values(route: Route, argument: str) -> list:
    """Values from the seeded rows that might fit the argument, the URL's own app first."""
    converter = route.converters.get(argument, "str")
    base = argument[:-3] if argument.endswith("_id") else argument
    models = sorted(apps.get_models(), key=lambda m: (m._meta.app_label != route.namespace, m.__name__))
    values: list = []
    if argument == "slug" or converter == "slug":
        for model in models:
            if any(f.name == "slug" for f in model._meta.fields):
                values += list(model._default_manager.values_list("slug", flat=True)[:2])
    elif argument.endswith("_id") or argument in {"pk", "id"} or converter in {"int", "uuid"}:
        named = [m for m in models if base.replace("_", "") in m.__name__.lower()]
        for model in named or models:
            pk_type = model._meta.pk.get_internal_type()
            if converter == "uuid" and pk_type != "UUIDField":
                continue
            if converter == "int" and pk_type not in {"AutoField", "BigAutoField", "IntegerField"}:
                continue
            values += list(model._default_manager.values_list("pk", flat=True)[:2])
    else:
        for model in models:
            if any(f.name == argument for f in model._meta.fields):
                values += list(model._default_manager.values_list(argument, flat=True)[:2])
        values.append("x")
    return values[:40]


def fill(route: Route, world, probe: Callable[[str], int]) -> dict[str, str]:
    """{variant: path} for the route. `probe(path)` is an admin's GET status, used to keep a guess."""
    if not route.arguments:
        return {"": reverse(route.name)}
    if route.name in KNOWN_ARGUMENTS:
        return {
            variant: reverse(route.name, kwargs=kw)
            for variant, kw in KNOWN_ARGUMENTS[route.name](world).items()
        }
    choices = [_candidate_values(route, argument) for argument in route.arguments]
    first = None
    for combo in itertools.islice(itertools.product(*choices), 60):
        try:
            path = reverse(route.name, kwargs=dict(zip(route.arguments, map(str, combo), strict=True)))
        except Exception:  # noqa: S112 - a value that does not fit the converter: try the next
            continue
        first = first or path
        if probe(path) != 404:
            return {"": path}
    return {"": first} if first else {}
