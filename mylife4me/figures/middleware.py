from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from mylife4me.core.search import FOUND_NOTHING_HEADER, clean_query
from mylife4me.figures.counting import count_search_miss, count_view, should_count


class VisitCountingMiddleware:
    """Counts public page views, and site searches that found nothing, on the server (see rules.py).

    It sits near the top of MIDDLEWARE so it also sees pages served from the page cache. It reads no
    cookie, sets none, makes no database query and never asks who is signed in.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        found_nothing = response.headers.pop(FOUND_NOTHING_HEADER, None)
        if should_count(request, response):
            count_view(request)
            if found_nothing:
                count_search_miss(clean_query(request.GET.get("q")))
        return response
