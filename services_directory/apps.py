from django.apps import AppConfig


class ServicesDirectoryConfig(AppConfig):
    name = "services_directory"
    verbose_name = "Drugs, advice and support services"
