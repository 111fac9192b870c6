"""The alerts part of a person's data download (no message bodies)."""

from mylife4me.alerts.models import AlertPreference, AlertSettings, Notification


def export_alerts(user) -> dict:
    alert_settings = AlertSettings.objects.filter(user=user).first()
    return {
        "mobile_number": alert_settings.phone if alert_settings and alert_settings.phone else None,
        "quiet_hours": (
            {"from": alert_settings.quiet_start.isoformat(), "to": alert_settings.quiet_end.isoformat()}
            if alert_settings and alert_settings.quiet_start and alert_settings.quiet_end
            else None
        ),
        "choices": dict(AlertPreference.objects.filter(user=user).values_list("kind", "channel")),
        "messages_sent_to_you": [
            {
                "kind": row["kind"],
                "by": row["channel"],
                "state": row["state"],
                "created": row["created_at"].isoformat(),
                "sent": row["sent_at"].isoformat() if row["sent_at"] else None,
            }
            for row in Notification.objects.filter(recipient=user)
            .order_by("created_at")
            .values("kind", "channel", "state", "created_at", "sent_at")
        ],
    }
