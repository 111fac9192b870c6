"""Figures for staff, counted on the server without tracking anyone. See registry.py to add a section."""

from django.apps import AppConfig


class FiguresConfig(AppConfig):
    name = "mylife4me.figures"
    label = "figures"
    verbose_name = "Figures"

    def ready(self) -> None:
        from mylife4me.figures import site_sections

        site_sections.register()
