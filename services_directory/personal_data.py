"""What the services directory holds about a staff member, for their data download."""

from services_directory.models import CallbackRequest, Membership


def export_directory(user) -> dict:
    return {
        "organisations": list(
            Membership.objects.filter(user=user)
            .order_by("organization__name")
            .values_list("organization__name", flat=True)
        ),
        "call_back_requests_you_closed": CallbackRequest.objects.filter(closed_by=user).count(),
    }
