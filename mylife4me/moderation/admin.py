from django import forms
from django.contrib import admin

from mylife4me.moderation.forms import WatchedWordForm
from mylife4me.moderation.models import ActionLog, OnCallShift, WatchedWord


@admin.register(WatchedWord)
class WatchedWordAdmin(admin.ModelAdmin):
    form = WatchedWordForm
    list_display = ["pattern", "action", "updated_at"]
    list_filter = ["action"]
    search_fields = ["pattern"]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)

        class TestingForm(form):
            # The sample box is for trying a word out: text in it shows the result instead of saving.
            def clean(self):
                data = super().clean()
                result = self.test_result()
                if result:
                    raise forms.ValidationError(
                        f"Test only, nothing saved: {result} Empty the sample box to save."
                    )
                return data

        return TestingForm


@admin.register(OnCallShift)
class OnCallShiftAdmin(admin.ModelAdmin):
    list_display = ["moderator", "starts_at", "ends_at", "position", "is_staff_lead"]
    list_filter = ["is_staff_lead"]
    date_hierarchy = "starts_at"


@admin.register(ActionLog)
class ActionLogAdmin(admin.ModelAdmin):
    """Read-only: the log is a record, so nobody can add, change or delete entries here."""

    list_display = ["created_at", "actor_name", "action", "person_name", "target"]
    search_fields = ["actor_name", "person_name", "target"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
