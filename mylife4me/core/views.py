import json

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from mylife4me.core import health, page_cache
from mylife4me.core import offline as offline_pages
from mylife4me.core import search as site_search
from mylife4me.core.page_cache import public_page


# "*": the home page may show what any app has new.
@public_page(page_cache.ANY)
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html")


@public_page()
def safety(request: HttpRequest) -> HttpResponse:
    return render(request, "core/safety.html")


@public_page()
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "core/privacy.html")


@public_page()
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "core/accessibility.html")


@never_cache
def quick_exit(request: HttpRequest) -> HttpResponse:
    """Ends any session at once and sends the person to a neutral site."""
    if request.user.is_authenticated:
        logout(request)
    elif request.session.session_key:
        request.session.flush()
    response = HttpResponseRedirect(settings.QUICK_EXIT_URL)
    response["Clear-Site-Data"] = '"cookies"'
    return response


@require_GET
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    parts = health.check_all()
    healthy = health.is_healthy(parts)
    return JsonResponse(
        {
            "status": "ok" if healthy else "unavailable",
            "parts": {part.name: {"ok": part.ok, "detail": part.detail} for part in parts},
        },
        status=200 if healthy else 503,
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "403_csrf.html", status=403)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "400.html", status=400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "403.html", status=403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


# Site search, the offline page and the service worker (issue 4).


@require_safe
@public_page(page_cache.ANY, query=("q",), timeout=300)
def search(request: HttpRequest) -> HttpResponse:
    """GET only, no session, no log of what was searched for."""
    query = site_search.clean_query(request.GET.get("q"))
    sections = site_search.search(query)
    response = render(
        request,
        "core/search.html",
        {"query": query, "sections": sections, "result_count": sum(len(s.results) for s in sections)},
    )
    if query and not sections:
        # Read (and removed) by the figures' counting middleware, so it also sees cached pages.
        response[site_search.FOUND_NOTHING_HEADER] = "1"
    return response


@public_page()
def offline(request: HttpRequest) -> HttpResponse:
    return render(request, "core/offline.html", {"saved_pages": offline_pages.saved_pages()})


@require_safe
def service_worker(request: HttpRequest) -> HttpResponse:
    settings_json = json.dumps(offline_pages.service_worker_settings())
    response = render(
        request, "core/sw.js", {"settings": settings_json}, content_type="application/javascript"
    )
    response["Service-Worker-Allowed"] = "/"
    # Short, so a new list of kept pages or a new stylesheet reaches phones within minutes.
    patch_cache_control(response, public=True, max_age=300)
    return response
