import logging
from collections.abc import Callable

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers, patch_cache_control

logger = logging.getLogger(__name__)

# How long to tell browsers and monitors to wait before trying again while the database is away.
RETRY_AFTER_SECONDS = 30


class PrivateCacheMiddleware:
    """Pages shown to a signed-in person are never kept by the browser or any shared cache.

    A phone is often shared: the back button must not bring back someone's account pages after they
    have signed out or used quick exit.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response


class DatabaseUnavailableMiddleware:
    """While the database is unreachable a page answers 503 (try again soon), not 500 (a fault).

    The page is the site's own error page, made without the database, with the urgent-help numbers; a
    monitor sees a temporary outage, and the connection is checked again on the next request
    (`CONN_HEALTH_CHECKS`), so the site recovers by itself.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("database unavailable (%s): answered 503", type(exception).__name__)
        response = HttpResponse(render_to_string("500.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        return response
