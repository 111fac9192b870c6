"""Public pages of the services directory: search and service pages."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from services_directory.directory_forms import ServiceSearchForm
from services_directory.finding import (
    always_open_services,
    describe,
    find_services,
    is_stale,
    listed_services,
    upcoming_closures,
    weekly_hours,
)
from services_directory.opening_hours import bank_holiday_name
from services_directory.postcode_districts import ATTRIBUTION

PER_PAGE = 20


def services(request: HttpRequest) -> HttpResponse:
    searched = any(request.GET.get(name) for name in ("q", "category", "postcode", "open_now"))
    form = ServiceSearchForm(request.GET if searched else None)
    context = {"form": form, "searched": searched, "attribution": ATTRIBUTION}
    if searched and form.is_valid():
        data = form.cleaned_data
        found = find_services(
            query=data["q"], category=data["category"], place=form.place, open_now=data["open_now"]
        )
        page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            {
                "page": page,
                "results": page.object_list,
                "count": len(found),
                "place": form.place,
                "base_query": query.urlencode(),
            }
        )
        if not found:
            context["always_open"] = always_open_services()
    elif not searched:
        found = find_services()
        page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
        context.update({"page": page, "results": page.object_list, "count": len(found), "base_query": ""})
    return render(request, "services_directory/services.html", context)


def service(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(listed_services(), slug=slug)
    now = timezone.now()
    status, open_now = describe(item, now)
    today = timezone.localdate()
    return render(
        request,
        "services_directory/service.html",
        {
            "service": item,
            "status": status,
            "open_now": open_now,
            "week": weekly_hours(item, now),
            "closures": upcoming_closures(item, today),
            "stale": is_stale(item, today),
            "bank_holiday_today": bank_holiday_name(today),
            "languages": list(item.languages.all()),
        },
    )

