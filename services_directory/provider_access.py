"""Which organisations' listings a provider staff member may see and change.

Every provider view fetches what it edits through these functions, so a record of another organisation
is simply not found (404): changing an id in the address never reveals or reaches it.
"""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from services_directory.models import CallbackRequest, CallbackState, Location, Organization, Service


def organizations_for(user) -> QuerySet:
    return Organization.objects.filter(memberships__user=user)


def organization_for(user, organization_id) -> Organization:
    return get_object_or_404(organizations_for(user), pk=organization_id)


def services_for(user) -> QuerySet:
    return Service.objects.filter(organization__memberships__user=user)


def service_for(user, service_id) -> Service:
    return get_object_or_404(services_for(user).select_related("organization"), pk=service_id)


def location_for(user, location_id) -> Location:
    return get_object_or_404(
        Location.objects.filter(organization__memberships__user=user).select_related("organization"),
        pk=location_id,
    )


def open_callbacks_for(user) -> QuerySet:
    return CallbackRequest.objects.filter(
        service__organization__memberships__user=user, state=CallbackState.OPEN
    ).select_related("service")


def open_callback_for(user, callback_id) -> CallbackRequest:
    return get_object_or_404(open_callbacks_for(user), pk=callback_id)
