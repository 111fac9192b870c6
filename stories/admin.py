"""Moderators decide on stories in the review queue; admin is for featuring stories and for fixing data."""

from django.contrib import admin

from stories.models import Story, Subscription


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "state", "stage", "featured", "demo", "published_at", "helped_count"]
    list_filter = ["state", "stage", "featured", "demo"]
    list_editable = ["featured"]
    search_fields = ["title", "body"]
    filter_horizontal = ["substances"]
    readonly_fields = ["author", "helped_count", "created_at", "submitted_at", "published_at", "announced_at"]
    list_select_related = ["author"]
    fields = [
        "title", "body", "stage", "substances", "credit", "credit_name", "state", "featured", "demo",
        "slug", "moderator_note", "author", "helped_count", "created_at", "submitted_at", "published_at",
        "announced_at",
    ]  # fmt: skip

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        from stories import caching

        caching.changed()


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    """Counts only: addresses are not shown."""

    list_display = ["stage", "created_at", "has_account"]
    list_filter = ["stage"]
    fields = ["stage", "created_at"]
    readonly_fields = ["stage", "created_at"]

    @admin.display(boolean=True)
    def has_account(self, obj) -> bool:
        return obj.user_id is not None

    def has_add_permission(self, request) -> bool:
        return False
