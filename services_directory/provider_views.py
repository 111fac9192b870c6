"""/provider/: provider staff keep their own organisations' listings right.

Every view is behind role_required(PROVIDER_STAFF) and loads what it shows through provider_access, so
another organisation's record is a 404 whatever id is put in the address.
"""

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from mylife4me.accounts.access import role_required
from mylife4me.accounts.roles import Role
from services_directory import callbacks, listings
from services_directory.finding import is_stale
from services_directory.models import Location, Service
from services_directory.postcodes import locate
from services_directory.provider_access import (
    location_for,
    open_callback_for,
    open_callbacks_for,
    organization_for,
    organizations_for,
    service_for,
)
from services_directory.provider_forms import ClosureForm, LocationForm, ServiceForm, WeeklyHoursForm

provider_only = role_required(Role.PROVIDER_STAFF)


@provider_only
def home(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    organizations = organizations_for(request.user).prefetch_related("services", "locations")
    rows = [
        (
            organization,
            [
                (service, listings.confirmation_due(service, today), is_stale(service, today))
                for service in organization.services.all()
            ],
        )
        for organization in organizations
    ]
    return render(
        request,
        "services_directory/provider/home.html",
        {"rows": rows, "callbacks": open_callbacks_for(request.user)},
    )


def _save_service(request, form: ServiceForm, organization) -> Service:
    service = form.save(commit=False)
    service.organization = organization
    if not service.slug:
        service.slug = listings.unique_slug(service.name)
    with transaction.atomic():
        listings.save_as(service, request.user)
        service.taxonomy_terms.set(form.cleaned_data["taxonomy_terms"])
        service.locations.set(form.cleaned_data["locations"])
    return service


@provider_only
def service_new(request: HttpRequest, organization_id) -> HttpResponse:
    organization = organization_for(request.user, organization_id)
    form = ServiceForm(request.POST or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        service = _save_service(request, form, organization)
        messages.success(request, f"{service.name} is added. Now add its opening hours.")
        return redirect("services_directory:provider_hours", service.pk)
    return render(
        request,
        "services_directory/provider/form.html",
        {"form": form, "title": f"Add a service for {organization.name}"},
    )


@provider_only
def service_edit(request: HttpRequest, service_id) -> HttpResponse:
    service = service_for(request.user, service_id)
    form = ServiceForm(request.POST or None, instance=service, organization=service.organization)
    if request.method == "POST" and form.is_valid():
        _save_service(request, form, service.organization)
        messages.success(request, f"Your changes to {service.name} are saved.")
        return redirect("services_directory:provider_service", service.pk)
    history = service.history.select_related("history_user").order_by("-history_date")[:20]
    return render(
        request,
        "services_directory/provider/service.html",
        {"form": form, "service": service, "history": history, "due": listings.confirmation_due(service)},
    )


@provider_only
@require_POST
def service_confirm(request: HttpRequest, service_id) -> HttpResponse:
    service = service_for(request.user, service_id)
    listings.confirm_listing(service, request.user)
    messages.success(request, f"Thank you. {service.name} is marked as checked today.")
    return redirect("services_directory:provider_home")


@provider_only
def service_hours(request: HttpRequest, service_id) -> HttpResponse:
    service = service_for(request.user, service_id)
    form = WeeklyHoursForm(request.POST or None, service=service, prefix="hours")
    closure_form = ClosureForm(prefix="closure")
    if request.method == "POST" and form.is_valid():
        listings.set_weekly_hours(service, form.days, request.user)
        messages.success(request, "The opening hours are saved.")
        return redirect("services_directory:provider_hours", service.pk)
    return _hours_page(request, service, form, closure_form)


def _hours_page(request, service, form, closure_form) -> HttpResponse:
    return render(
        request,
        "services_directory/provider/hours.html",
        {"service": service, "form": form, "closure_form": closure_form, "closures": service.closures.all()},
    )


@provider_only
@require_POST
def closure_add(request: HttpRequest, service_id) -> HttpResponse:
    service = service_for(request.user, service_id)
    closure_form = ClosureForm(request.POST, prefix="closure")
    if closure_form.is_valid():
        data = closure_form.cleaned_data
        listings.add_closure(service, data["starts_on"], data["ends_on"], data["reason"], request.user)
        messages.success(request, "The closure is saved.")
        return redirect("services_directory:provider_hours", service.pk)
    return _hours_page(request, service, WeeklyHoursForm(service=service, prefix="hours"), closure_form)


@provider_only
@require_POST
def closure_delete(request: HttpRequest, service_id, closure_id) -> HttpResponse:
    service = service_for(request.user, service_id)
    closure = service.closures.filter(pk=closure_id).first()
    if closure is not None:
        listings.delete_as(closure, request.user)
        messages.success(request, "The closure is removed.")
    return redirect("services_directory:provider_hours", service.pk)


def _location_form_page(request, form, title) -> HttpResponse:
    return render(request, "services_directory/provider/form.html", {"form": form, "title": title})


def _save_location(request, form: LocationForm, organization) -> Location:
    location = form.save(commit=False)
    location.organization = organization
    if location.postcode and (location.latitude is None or location.longitude is None):
        place = locate(location.postcode)
        if place is not None:
            location.latitude, location.longitude = place.latitude, place.longitude
    listings.save_as(location, request.user)
    return location


@provider_only
def location_new(request: HttpRequest, organization_id) -> HttpResponse:
    organization = organization_for(request.user, organization_id)
    form = LocationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        location = _save_location(request, form, organization)
        messages.success(request, f"{location.name} is added.")
        return redirect("services_directory:provider_home")
    return _location_form_page(request, form, f"Add a place for {organization.name}")


@provider_only
def location_edit(request: HttpRequest, location_id) -> HttpResponse:
    location = location_for(request.user, location_id)
    form = LocationForm(request.POST or None, instance=location)
    if request.method == "POST" and form.is_valid():
        _save_location(request, form, location.organization)
        messages.success(request, f"Your changes to {location.name} are saved.")
        return redirect("services_directory:provider_home")
    return _location_form_page(request, form, f"Change {location.name}")


@provider_only
@require_POST
def callback_close(request: HttpRequest, callback_id, outcome: str) -> HttpResponse:
    callback = open_callback_for(request.user, callback_id)
    try:
        callbacks.close(callback, outcome, request.user)
    except ValueError:
        return redirect("services_directory:provider_home")
    messages.success(request, f"The call-back request from {callback.name} is closed.")
    return redirect("services_directory:provider_home")
