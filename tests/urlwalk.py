"""Every URL of the site that takes no arguments, read from the URL configuration.

New pages are covered by the tests that use this without anyone listing them.
"""

from django.urls import URLPattern, URLResolver, get_resolver

SKIP_PREFIXES = ("admin/",)  # Django admin is tested through its own gate


def _walk(patterns, prefix: str = ""):
    for entry in patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, prefix + route)
        elif isinstance(entry, URLPattern):
            full = prefix + route
            if "<" in full or full.startswith("^") or "(?P" in full or "\\" in full:
                continue
            yield "/" + full.lstrip("^").rstrip("$")


def plain_urls() -> list[str]:
    return sorted(
        {url for url in _walk(get_resolver().url_patterns) if not url[1:].startswith(SKIP_PREFIXES)}
    )
