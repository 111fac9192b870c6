from django.apps import AppConfig


class AccessCodesConfig(AppConfig):
    name = "access_codes"
    verbose_name = "Breaking Free Online access codes"
