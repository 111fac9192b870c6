"""/staff/access-codes/: the request queue, issuing and declining, and the code pool (code administrators)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from access_codes import issuing, pool
from access_codes.forms import DeclineForm, ImportForm
from access_codes.issuing import Result
from access_codes.models import CodeRequest, State
from mylife4me.accounts.access import role_required
from mylife4me.accounts.roles import Role
from mylife4me.alerts.masking import mask_address

code_administrators_only = role_required(Role.CODE_ADMINISTRATOR)
PER_PAGE = 50


@code_administrators_only
def queue(request: HttpRequest) -> HttpResponse:
    page = Paginator(issuing.waiting_queue(), PER_PAGE).get_page(request.GET.get("page"))
    recent = (
        CodeRequest.objects.exclude(state=State.WAITING)
        .select_related("organization")
        .order_by("-decided_at")[:20]
    )
    return render(
        request,
        "access_codes/staff/queue.html",
        {
            "page": page,
            "recent": recent,
            "left": pool.remaining(),
            "threshold": pool.low_pool_threshold(),
            "figures_url": reverse("figures:section", args=["access-codes"]),
            "auto_issue": issuing.auto_issue_on(),
        },
    )


@code_administrators_only
def request_detail(request: HttpRequest, request_id) -> HttpResponse:
    item = get_object_or_404(CodeRequest.objects.select_related("organization", "code"), pk=request_id)
    return _detail(request, item, DeclineForm())


def _detail(request: HttpRequest, item: CodeRequest, decline_form: DeclineForm, status: int = 200):
    code = getattr(item, "code", None)
    return render(
        request,
        "access_codes/staff/request.html",
        {
            "item": item,
            "code": code,
            "masked": mask_address(item.address),
            "events": item.events.all(),
            "decline_form": decline_form,
            "left": pool.remaining(),
        },
        status=status,
    )


def _tell(request: HttpRequest, outcome) -> None:
    if outcome.result == Result.ISSUED:
        messages.success(request, f"Code {outcome.code} is on its way to {outcome.request.name}.")
    elif outcome.result == Result.DECLINED:
        messages.success(
            request, f"The request from {outcome.request.name} is declined. They have been told."
        )
    elif outcome.result == Result.POOL_EMPTY:
        messages.error(
            request, "Pool empty: there is no code to issue. The request is still waiting. Import more codes."
        )
    else:
        messages.warning(
            request,
            f"This request was already dealt with ({outcome.request.get_state_display().lower()}) "
            f"by {outcome.by}. Nothing was changed.",
        )


@require_POST
@code_administrators_only
def issue(request: HttpRequest, request_id) -> HttpResponse:
    get_object_or_404(CodeRequest, pk=request_id)
    outcome = issuing.issue(request_id, request.user)
    _tell(request, outcome)
    if outcome.result == Result.POOL_EMPTY:
        return redirect("access_codes:staff_request", request_id)
    return redirect("access_codes:staff_queue")


@require_POST
@code_administrators_only
def decline(request: HttpRequest, request_id) -> HttpResponse:
    item = get_object_or_404(CodeRequest.objects.select_related("organization"), pk=request_id)
    form = DeclineForm(request.POST)
    if not form.is_valid():
        return _detail(request, item, form)
    outcome = issuing.decline(
        request_id, request.user, form.cleaned_data["reason"], form.cleaned_data["note"]
    )
    _tell(request, outcome)
    return redirect("access_codes:staff_queue")


@code_administrators_only
def pool_view(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            batch = pool.import_batch(
                form.text,
                name=form.cleaned_data["name"],
                licence_ends=form.cleaned_data["licence_ends"],
                user=request.user,
            )
        except pool.ImportRefused as refused:
            form.add_error(None, "Nothing was imported. Correct these lines and try again:")
            for problem in refused.problems:
                form.add_error(None, problem)
        else:
            messages.success(request, f"{batch.codes.count()} codes added in the batch {batch.name}.")
            return redirect("access_codes:staff_pool")
    return render(
        request,
        "access_codes/staff/pool.html",
        {
            "form": form,
            "summaries": pool.batch_summaries(),
            "left": pool.remaining(),
            "threshold": pool.low_pool_threshold(),
        },
    )
