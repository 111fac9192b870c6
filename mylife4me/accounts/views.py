import json

from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from mylife4me.accounts import personal_data
from mylife4me.accounts.access import role_required
from mylife4me.accounts.forms import DeleteAccountForm
from mylife4me.accounts.roles import Role, has_role, is_staff_member


@login_required
def account_home(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/home.html", {"is_staff_member": is_staff_member(request.user)})


@login_required
def your_data(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        payload = json.dumps(personal_data.export_user_data(request.user), indent=2, ensure_ascii=False)
        response = HttpResponse(payload, content_type="application/json; charset=utf-8")
        filename = f"mylife4me-data-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    return render(request, "accounts/your_data.html")


@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        personal_data.delete_account(user)
        return redirect("accounts:deleted")
    return render(request, "accounts/delete.html", {"form": form})


def account_deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/deleted.html")


@role_required()
def staff_home(request: HttpRequest) -> HttpResponse:
    user = request.user
    return render(
        request,
        "accounts/staff_home.html",
        {"roles": [role for role in Role if has_role(user, role)], "Role": Role},
    )
