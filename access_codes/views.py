"""/breaking-free/: what the programme is, the request form, and the poster. No account needed."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from access_codes import issuing, throttle
from access_codes.forms import RequestForm
from access_codes.models import Eligibility
from mylife4me.core.clients import client_key
from mylife4me.core.page_cache import public_page
from services_directory import posters

RATE_LIMITED = "You have sent a lot of requests. Please wait an hour and try again."


def _programme() -> dict:
    from access_codes.retention import purge_after_days

    return {
        "programme_url": getattr(settings, "ACCESS_CODES_PROGRAMME_URL", ""),
        "purge_days": purge_after_days(),
    }


# The page is the same for every reader (no dependency: nothing in it comes from the database).
@public_page(form=True)
def breaking_free(request: HttpRequest) -> HttpResponse:
    form = RequestForm(request.POST or None)
    if request.method == "POST":
        limited = throttle.over_rate_limit(client_key(request, "access-codes"))
        if form.is_robot:
            return redirect("access_codes:sent")
        if limited:
            form.is_valid()
            form.add_error(None, RATE_LIMITED)
        elif form.is_valid() or form.outside:
            if form.outside:
                return render(request, "access_codes/outside.html", {"postcode": form.decision.postcode})
            data = form.cleaned_data
            saved = issuing.take_request(
                form.decision,
                name=data["name"],
                channel=data["channel"],
                email=data["email"],
                phone=data["phone"],
                substance=data["substance"],
            )
            url = reverse("access_codes:sent")
            if saved.eligibility == Eligibility.CHECK:
                url += "?check=1"
            return redirect(url)
    return render(request, "access_codes/breaking_free.html", {"form": form, **_programme()})


def sent(request: HttpRequest) -> HttpResponse:
    return render(request, "access_codes/sent.html", {"check": request.GET.get("check") == "1"})


def your_code(request: HttpRequest) -> HttpResponse:
    """Where the message with the code links: its address and title say nothing about what it is for."""
    return render(request, "access_codes/your_code.html", _programme())


@public_page()
def poster(request: HttpRequest) -> HttpResponse:
    url = posters.absolute(reverse("access_codes:breaking_free"))
    return render(
        request,
        "access_codes/poster.html",
        {"url": url, "qr": posters.qr_svg(url, "QR code for free Breaking Free Online access codes")},
    )
