"""The bare view `make bench` measures every page against (only routed with MYLIFE4ME_BENCH=1)."""

from django.http import HttpRequest, HttpResponse


def bare(request: HttpRequest) -> HttpResponse:
    """A short response through the same gunicorn and middleware, with no template and no database."""
    return HttpResponse("ok\n", content_type="text/plain")
