"""Admin for code administrators: the district rule is editable; codes and requests are read-only there
(issuing happens at /staff/access-codes/, where it is locked and logged)."""

from django.contrib import admin

from access_codes.models import AccessCode, CodeBatch, CodeRequest, DistrictRule, RequestEvent


@admin.register(DistrictRule)
class DistrictRuleAdmin(admin.ModelAdmin):
    list_display = ("district", "rule", "note")
    list_editable = ("rule", "note")
    list_filter = ("rule",)
    search_fields = ("district",)
    ordering = ("district",)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(CodeBatch)
class CodeBatchAdmin(ReadOnlyAdmin):
    list_display = ("name", "licence_ends", "imported_at")
    date_hierarchy = "licence_ends"


@admin.register(AccessCode)
class AccessCodeAdmin(ReadOnlyAdmin):
    list_filter = ("batch", ("issued_at", admin.EmptyFieldListFilter))

    def get_list_display(self, request):
        # The code itself only for admins reconciling licences; everyone else sees batch and state.
        if request.user.is_superuser:
            return ("code", "batch", "issued_at")
        return ("id", "batch", "issued_at")

    def get_search_fields(self, request):
        return ("code",) if request.user.is_superuser else ()

    def get_fields(self, request, obj=None):
        fields = ["batch", "issued_at", "request"]
        return ["code", *fields] if request.user.is_superuser else fields


class RequestEventInline(admin.TabularInline):
    model = RequestEvent
    fields = ("at", "actor_name", "action", "detail")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(CodeRequest)
class CodeRequestAdmin(ReadOnlyAdmin):
    # No contact details in the list; they are on /staff/access-codes/ while needed.
    list_display = ("created_at", "state", "eligibility", "district", "route", "organization", "decided_at")
    list_filter = ("state", "eligibility", "route", "substance")
    fields = (
        "created_at",
        "state",
        "eligibility",
        "district",
        "route",
        "organization",
        "substance",
        "channel",
        "decided_at",
        "automatic",
        "decline_reason",
        "purged_at",
    )
    inlines = [RequestEventInline]
