from django.apps import AppConfig


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = "Forum"

    def ready(self) -> None:
        from forum import demo, moderation_hooks, personal_data
        from mylife4me.accounts.personal_data import register_exporter
        from mylife4me.core.demo import register_demo_loader

        moderation_hooks.register()
        register_exporter("forum", personal_data.export_forum)
        register_demo_loader("forum", demo.load_forum, order=30)
