from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "mylife4me.moderation"
    label = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        from mylife4me.accounts.personal_data import register_exporter
        from mylife4me.moderation import alerting, personal_data

        alerting.register_alert_kinds()
        register_exporter("community standing", personal_data.export_standing)

        # Figures (issue 10): this app's section of /staff/figures/.
        from mylife4me.moderation import figures as moderation_figures

        moderation_figures.register()
