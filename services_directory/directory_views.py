"""Public pages of the services directory: search and service pages."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from mylife4me.core.clients import client_key
from mylife4me.core.page_cache import public_page
from services_directory import callbacks, posters
from services_directory.callback_forms import CallbackForm
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
from services_directory.models import Service, ServiceStatus
from services_directory.opening_hours import bank_holiday_name
from services_directory.postcode_districts import ATTRIBUTION

PER_PAGE = 20


# Open now and opening times change by the minute.
@public_page("services_directory", query=("q", "category", "postcode", "open_now", "page"), per_minute=True)
def services(request: HttpRequest) -> HttpResponse:
    searched = any(request.GET.get(name) for name in ("q", "category", "postcode", "open_now"))
    form = ServiceSearchForm(request.GET if searched else None)
    context = {"form": form, "searched": searched, "attribution": ATTRIBUTION, "page": None}
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


@public_page("services_directory", per_minute=True)
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


def callback(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(
        Service.objects.select_related("organization").filter(
            status=ServiceStatus.ACTIVE, accepts_callbacks=True
        ),
        slug=slug,
    )
    form = CallbackForm(request.POST or None)
    limited = False
    if request.method == "POST":
        limited = callbacks.over_rate_limit(client_key(request, "callback"))
        if form.is_robot:
            return redirect("services_directory:callback_sent", slug=item.slug)
        if limited:
            form.add_error(None, "You have sent a lot of requests. Please wait an hour, or call the service.")
        elif form.is_valid():
            data = form.cleaned_data
            callbacks.request_callback(
                item, name=data["name"], phone=data["phone"], best_times=data["best_times"], note=data["note"]
            )
            return redirect("services_directory:callback_sent", slug=item.slug)
    return render(request, "services_directory/callback.html", {"service": item, "form": form})


def callback_sent(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(Service.objects.filter(accepts_callbacks=True), slug=slug)
    return render(request, "services_directory/callback_sent.html", {"service": item})


@public_page("services_directory")
def poster(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(listed_services(), slug=slug)
    url = posters.absolute(item.get_absolute_url())
    return render(
        request,
        "services_directory/poster.html",
        {
            "service": item,
            "url": url,
            "qr": posters.qr_svg(url, f"QR code for {item.name}"),
            "week": weekly_hours(item),
        },
    )
