"""/provider/breaking-free/: provider staff ask for a code on behalf of a client, and see their
organisations' referrals and what happened (without contact details once dealt with)."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from access_codes import issuing
from access_codes.forms import ReferralForm
from access_codes.models import CodeRequest
from mylife4me.accounts.access import role_required
from mylife4me.accounts.roles import Role
from services_directory.provider_access import organizations_for

LISTED = 100
OUTSIDE = (
    "This postcode is outside Birmingham City Council's area, so we cannot give a free code. "
    "Your client can call FRANK on 0300 123 6600 or find their local service on the NHS website"
)


@role_required(Role.PROVIDER_STAFF)
def referral(request: HttpRequest) -> HttpResponse:
    organizations = organizations_for(request.user).order_by("name")
    form = ReferralForm(request.POST or None, organizations=organizations)
    if request.method == "POST" and (form.is_valid() or form.outside):
        if form.outside:
            form.add_error("postcode", OUTSIDE)
        else:
            data = form.cleaned_data
            issuing.take_request(
                form.decision,
                name=data["name"],
                channel=data["channel"],
                email=data["email"],
                phone=data["phone"],
                substance=data["substance"],
                organization=data["organization"],
                referred_by=request.user,
            )
            messages.success(request, f"Request sent for {data['name']}. We will send them the code.")
            return redirect("access_codes:provider_referral")
    referrals = (
        CodeRequest.objects.filter(organization__in=organizations)
        .select_related("organization")
        .order_by("-created_at")[:LISTED]
    )
    return render(
        request,
        "access_codes/provider/referral.html",
        {"form": form, "referrals": referrals, "has_organizations": organizations.exists()},
    )
