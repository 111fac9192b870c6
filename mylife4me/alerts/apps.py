from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "mylife4me.alerts"
    label = "alerts"
    verbose_name = "Alerts"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model
        from django.db.models.signals import pre_delete

        from mylife4me.accounts.personal_data import register_exporter
        from mylife4me.alerts import exports
        from mylife4me.alerts.kinds import AlertKind, register_kind

        register_exporter("alerts", exports.export_alerts)
        pre_delete.connect(_forget_person, sender=get_user_model(), dispatch_uid="alerts.forget_person")
        # `manage.py send_test_alert` checks that email or SMS works end to end.
        register_kind(
            AlertKind(
                name="alerts.test",
                label="Test messages",
                email_subject="MyLife4Me test message",
                email_template="alerts/test_message.txt",
                sms_template="MyLife4Me test message. It worked.",
                channels=frozenset({"email", "sms"}),
                default_channels=frozenset(),
                urgent=True,
                choosable=False,
            )
        )


def _forget_person(sender, instance, **kwargs) -> None:
    from mylife4me.alerts.preferences import forget_person

    forget_person(instance)
