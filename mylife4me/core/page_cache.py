"""Whole-page caching for anonymous readers, invalidated by "generation" numbers.

At 2 AM most people read the same public pages without signing in. `@public_page(...)` serves such a
page from the cache when the request is an anonymous GET with no session cookie, and otherwise runs
the view as usual. A stored page is keyed by the path, the query string (only the parameters the view
reads, sorted) and the London date, and carries the generation numbers of the content it was made
from: when an app's content changes, its generation goes up and every page made from it is remade on
the next request. Domain apps say which of their models feed which generation with `watch(app_label,
generation)` from their AppConfig.ready; any save or delete there (and the commit after it) bumps it.

Two tiers: Redis, shared by every worker and host, and a small copy in each worker's memory, so a
page read again and again costs no round trip at all. A worker re-reads the generation numbers from
Redis at most every PAGE_CACHE_LOCAL_SECONDS (1 s), so another worker's change shows within a second;
a change made in this worker shows at once.

What is never cached: a signed-in person's page, any request with a session cookie, a response that
sets a cookie, carries a CSRF token (`{% csrf_token %}` marks the request), is not 200, or asks not to
be stored. A public page with a form (`form=True`) writes its token with `{% csrf_fallback %}`
(core/templatetags/fetch_metadata.py), only for a browser that sends no Fetch Metadata: such a
request is never served from or stored in the cache, so a stored page never holds anyone's token.
Only the view's own response is stored: middleware (security headers, the CSP, visit counting) runs
for cached pages exactly as for fresh ones.

A stored page also keeps a gzip copy, sent to browsers that accept it: a phone on a slow connection gets
the HTML in a fifth of the bytes, and nothing is compressed per request. Only these pages are compressed,
never a signed-in person's: they hold no secret (no token, nothing personal), so compression cannot
leak one (BREACH).
"""

import hashlib
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.http import HttpRequest, HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

logger = logging.getLogger(__name__)

ANY = "*"  # a page that depends on everything (site search) names this
SITE = "site"  # every page depends on it: forget_all() bumps it
MAX_QUERY_VALUE = 100  # longer query values are not worth a cache entry
# "hit" or "miss", in bench mode only: elsewhere it would tell anyone whether a page (a search) was
# asked for by someone else in the last few minutes.
HEADER = "X-Page-Cache"

_watched: dict[str, set[str]] = {}
LOCAL_PAGES = 300  # pages kept in each worker's memory (most-used first out last)
_local_pages: OrderedDict[str, dict] = OrderedDict()
_local_generations: dict[str, int] = {}
_local_read_at = 0.0  # when _local_generations was last read from Redis (monotonic clock)


def watch(app_label: str, generation: str | None = None) -> None:
    """Any save or delete of a model in `app_label` bumps `generation` (default: the app label)."""
    _watched.setdefault(app_label, set()).add(generation or app_label)


def _gen_key(name: str) -> str:
    return f"pagegen:{name}"


def bump(*names: str) -> None:
    """Marks every page made from these generations out of date (and pages that depend on ANY)."""
    global _local_read_at
    _local_read_at = 0.0  # this worker sees its own change at once
    for name in {*names, ANY}:
        try:
            cache.incr(_gen_key(name))
        except ValueError:  # not set yet (or evicted): any fresh number will do
            cache.set(_gen_key(name), time.time_ns(), timeout=None)


def forget_all() -> None:
    """Every cached page is out of date (after a deploy, or between tests)."""
    bump(SITE)


def _generations(names: Iterable[str]) -> tuple[int, ...]:
    """The current generation numbers, read from Redis at most once every PAGE_CACHE_LOCAL_SECONDS."""
    global _local_read_at
    names = tuple(names)
    now = time.monotonic()
    fresh = now - _local_read_at < settings.PAGE_CACHE_LOCAL_SECONDS
    if not fresh or any(name not in _local_generations for name in names):
        wanted = {*_local_generations, *names}
        found = cache.get_many([_gen_key(name) for name in wanted])
        for name in wanted:
            value = found.get(_gen_key(name))
            if value is None:  # never bumped (or evicted): start it
                value = time.time_ns()
                if not cache.add(_gen_key(name), value, timeout=None):
                    value = cache.get(_gen_key(name), value)
            _local_generations[name] = value
        _local_read_at = now
    return tuple(_local_generations[name] for name in names)


def _local_get(key: str) -> dict | None:
    stored = _local_pages.get(key)
    if stored is None or stored["expires"] < time.monotonic():
        return None
    _local_pages.move_to_end(key)
    return stored


def _local_put(key: str, stored: dict, seconds: int) -> None:
    _local_pages[key] = {**stored, "expires": time.monotonic() + seconds}
    _local_pages.move_to_end(key)
    while len(_local_pages) > LOCAL_PAGES:
        _local_pages.popitem(last=False)


def forget_local() -> None:
    """Empties this worker's copy (tests)."""
    global _local_read_at
    _local_pages.clear()
    _local_generations.clear()
    _local_read_at = 0.0


def _on_change(sender, **kwargs) -> None:
    generations = _watched.get(sender._meta.app_label)
    if not generations:
        return
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return  # signing in changes nothing anyone else can see
    names = tuple(generations)
    bump(*names)
    # Again once the change is visible to other connections, in case a page was remade in between.
    transaction.on_commit(lambda: bump(*names), robust=True)


def _on_m2m_change(sender, instance, action, **kwargs) -> None:
    if action.startswith("post_"):
        _on_change(type(instance), **kwargs)


def _after_migrate(sender, **kwargs) -> None:
    """Every deploy runs `migrate` (README "Production"): pages made by the old code, which may point at
    static files the new collectstatic no longer has, are remade."""
    try:  # sent once for each app with models: a few cheap INCRs
        forget_all()
    except Exception:
        logger.warning("Page cache unavailable: cached pages expire within PAGE_CACHE_SECONDS", exc_info=True)


def connect_signals() -> None:
    post_save.connect(_on_change, dispatch_uid="page_cache_save")
    post_delete.connect(_on_change, dispatch_uid="page_cache_delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="page_cache_m2m")
    post_migrate.connect(_after_migrate, dispatch_uid="page_cache_migrate")


def _cacheable_request(request: HttpRequest, query: frozenset[str], form: bool) -> bool:
    if request.method != "GET" or not getattr(settings, "PAGE_CACHE_ENABLED", True):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if form and "Sec-Fetch-Site" not in request.headers:
        return False  # an old browser: its page carries its own CSRF token (see csrf.py)
    for name, values in request.GET.lists():
        if name not in query or len(values) > 1 or len(values[0]) > MAX_QUERY_VALUE:
            return False
    return True


def _page_key(request: HttpRequest, per_minute: bool) -> str:
    query = urlencode(sorted(request.GET.items()))
    when = timezone.localtime().strftime("%Y-%m-%dT%H:%M" if per_minute else "%Y-%m-%d")
    # The host and scheme too: a page may hold absolute links to itself.
    where = f"{request.scheme}://{request.get_host()}{request.path}"
    digest = hashlib.sha256(f"{where}?{query}|{when}".encode()).hexdigest()
    return f"page:{digest}"


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page holds a CSRF token
        and "no-store" not in response.get("Cache-Control", "")
        and "private" not in response.get("Cache-Control", "")
    )


MIN_GZIP_BYTES = 1024  # smaller pages gain too little to be worth it
GZIP_TYPES = ("text/", "application/json", "application/xml")


def _freeze(response: HttpResponse) -> dict:
    content = response.content
    compressible = (
        len(content) >= MIN_GZIP_BYTES
        and response.get("Content-Type", "").startswith(GZIP_TYPES)
        and not response.has_header("Content-Encoding")
    )
    return {
        "status": response.status_code,
        "content": content,
        "gzip": compress_string(content) if compressible else None,
        "headers": dict(response.items()),
        # django-csp reads these attributes, set by its view decorators, in its middleware.
        "attrs": {name: value for name, value in vars(response).items() if name.startswith("_csp")},
    }


def _thaw(stored: dict) -> HttpResponse:
    response = HttpResponse(stored["content"], status=stored["status"])
    for name, value in stored["headers"].items():
        response[name] = value
    for name, value in stored["attrs"].items():
        setattr(response, name, value)
    return response


def _compress(request: HttpRequest, response: HttpResponse, stored: dict) -> None:
    """Sends the stored gzip copy to a browser that accepts gzip (and says the page varies with it)."""
    if stored.get("gzip") is None:
        return
    patch_vary_headers(response, ("Accept-Encoding",))
    if re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")):
        response.content = stored["gzip"]
        response["Content-Encoding"] = "gzip"
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))


def public_page(
    *depends_on: str,
    query: Iterable[str] = (),
    per_minute: bool = False,
    timeout: int | None = None,
    form: bool = False,
) -> Callable:
    """Caches a public page for anonymous readers.

    depends_on: the generations the page is made from (app labels, or ANY). query: the GET parameters
    the view reads; a request with any other parameter is not cached. per_minute: the page shows what is
    open now or how long ago something happened, so it is remade every minute. form: the page holds a
    form whose template writes `{% csrf_fallback %}` (never `{% csrf_token %}`); only browsers that send
    Fetch Metadata (and so need no token) are served from the cache.
    """
    allowed = frozenset(query)
    names = (SITE, *depends_on)

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not _cacheable_request(request, allowed, form):
                response = view(request, *args, **kwargs)
                if form:
                    patch_vary_headers(response, ("Sec-Fetch-Site",))
                return response
            key = _page_key(request, per_minute)
            seconds = 120 if per_minute else (timeout or settings.PAGE_CACHE_SECONDS)
            try:
                generations = _generations(names)
                stored = _local_get(key)
                if stored is None or stored["generations"] != generations:
                    stored = cache.get(key)
                    if stored is not None and stored["generations"] == generations:
                        _local_put(key, stored, seconds)
            except Exception:  # the cache is down: the page still works, just slower
                logger.warning("Page cache unavailable", exc_info=True)
                return view(request, *args, **kwargs)
            if stored is not None and stored["generations"] == generations:
                response = _thaw(stored["page"])
                _compress(request, response, stored["page"])
                state = "hit"
            else:
                state = "not stored"
                response = view(request, *args, **kwargs)
                if hasattr(response, "render") and callable(response.render):
                    response = response.render()
                if _storable(request, response):
                    stored = {"generations": generations, "page": _freeze(response)}
                    try:
                        cache.set(key, stored, timeout=seconds)
                        _local_put(key, stored, seconds)
                        state = "miss"
                        _compress(request, response, stored["page"])
                    except Exception:
                        logger.warning("Page cache unavailable", exc_info=True)
            if settings.BENCH_MODE:
                response[HEADER] = state
            # The page differs for signed-in people, so no shared cache may hand it to them.
            patch_vary_headers(response, ("Cookie", "Sec-Fetch-Site") if form else ("Cookie",))
            return response

        return wrapper

    return decorator
