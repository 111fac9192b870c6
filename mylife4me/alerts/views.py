from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from mylife4me.accounts.access import role_required
from mylife4me.alerts import delivery, preferences
from mylife4me.alerts.forms import PreferencesForm, field_name
from mylife4me.alerts.kinds import all_kinds, get_kind
from mylife4me.alerts.masking import mask_address
from mylife4me.alerts.models import Notification
from mylife4me.alerts.tokens import read_token


@login_required
def preferences_page(request: HttpRequest) -> HttpResponse:
    user = request.user
    kinds = all_kinds(user)
    alert_settings = preferences.settings_for(user)
    chosen = preferences.chosen_channels(user)
    reachable = {"has_email": bool(user.email), "has_phone": bool(alert_settings.phone)}
    initial = {
        field_name(kind): preferences.effective_choice(kind, chosen.get(kind.name), **reachable)
        for kind in kinds
    }
    initial["phone"] = alert_settings.phone
    if alert_settings.quiet_start and alert_settings.quiet_end:
        initial["quiet_start"] = alert_settings.quiet_start.strftime("%H:%M")
        initial["quiet_end"] = alert_settings.quiet_end.strftime("%H:%M")
    form = PreferencesForm(request.POST or None, initial=initial, kinds=kinds, has_email=bool(user.email))
    if request.method == "POST" and form.is_valid():
        quiet_start, quiet_end = form.quiet_hours()
        preferences.save_preferences(user, form.choices(), form.cleaned_data["phone"], quiet_start, quiet_end)
        messages.success(request, "Your alert choices are saved")
        return redirect("alerts:preferences")
    return render(request, "alerts/preferences.html", {"form": form, "has_kinds": bool(kinds)})


def _kind_labels(names: list[str]) -> list[str]:
    labels = []
    for name in names:
        try:
            labels.append(get_kind(name).label)
        except LookupError:
            labels.append(name)
    return labels


# A mail client's one-click unsubscribe (RFC 8058) is a POST with no cookie and no CSRF token, so this
# view is exempt from CSRF on purpose. The signed link is the authority, and all it can do is stop alerts.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def stop(request: HttpRequest, token: str) -> HttpResponse:
    notification_id = read_token(token)
    notification = Notification.objects.filter(pk=notification_id).first() if notification_id else None
    if notification is None:
        raise Http404("This link is not right")
    if request.method == "POST":
        kinds = preferences.unsubscribe(notification)
        return render(request, "alerts/stopped.html", {"labels": _kind_labels(kinds), "expired": not kinds})
    return render(request, "alerts/stop.html", {"labels": _kind_labels([notification.kind])})


def _admin_only(request: HttpRequest) -> None:
    if not request.user.is_superuser:
        raise PermissionDenied


@role_required()
def outbox(request: HttpRequest) -> HttpResponse:
    _admin_only(request)
    counts = dict(Notification.objects.values_list("state").annotate(total=Count("pk")).order_by())
    states = [(label, counts.get(value, 0)) for value, label in Notification.State.choices]
    failures = [
        {
            "id": row.pk,
            "kind": row.kind,
            "channel": row.get_channel_display(),
            "address": mask_address(row.address),
            "reason": row.last_error,
            "created_at": row.created_at,
            "can_resend": not row.content_purged and row.digest_id is None,
        }
        for row in Notification.objects.filter(state=Notification.State.FAILED)
        .only("id", "kind", "channel", "address", "last_error", "created_at", "content_purged", "digest_id")
        .order_by("-created_at")[:50]
    ]
    return render(request, "alerts/outbox.html", {"states": states, "failures": failures})


@role_required()
@require_POST
def resend(request: HttpRequest, notification_id) -> HttpResponse:
    _admin_only(request)
    if delivery.resend(notification_id):
        messages.success(request, "The message is queued to send again")
    else:
        messages.error(request, "That message cannot be sent again")
    return redirect("alerts:outbox")
