from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "mylife4me.core"
    label = "core"
    verbose_name = "Site"
