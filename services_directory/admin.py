"""Content editors keep the drugs A to Z and the advice pages up to date here.

Every change is kept with who made it and when (django-simple-history: the History button on each
page). Pages not reviewed for 12 months are flagged in the list and on the edit page.
"""

from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils.dateformat import format as format_date
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from services_directory.mixing import mixing_rows
from services_directory.models import AdvicePage, MixingRisk, Substance, Taxonomy, TaxonomyTerm
from services_directory.models.substances import MARKDOWN_FIELDS
from services_directory.review import overdue_before, review_due, review_overdue

OVERDUE_MESSAGE = "This page has not been reviewed for 12 months. Check it, then update “Last reviewed”."


class ReviewOverdueFilter(admin.SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("overdue", "Not reviewed for 12 months"), ("current", "Reviewed in the last 12 months")]

    def queryset(self, request, queryset):
        stale = queryset.filter(last_reviewed__lt=overdue_before()) | queryset.filter(
            last_reviewed__isnull=True
        )
        if self.value() == "overdue":
            return stale
        if self.value() == "current":
            return queryset.exclude(pk__in=stale.values("pk"))
        return queryset


class ReviewedAdmin(SimpleHistoryAdmin):
    """What the substance and advice admins share: the review column, filter and warnings."""

    review_fields = ("last_reviewed", "reviewed_by", "clinically_reviewed")

    @admin.display(description="Review", ordering="last_reviewed")
    def review_status(self, obj) -> str:
        if review_overdue(obj.last_reviewed):
            when = format_date(obj.last_reviewed, "j M Y") if obj.last_reviewed else "never"
            return format_html('<strong class="errornote">Overdue</strong> (last reviewed {})', when)
        return format_html("Due {}", format_date(review_due(obj.last_reviewed), "j M Y"))

    def changelist_view(self, request, extra_context=None):
        stale = self.model.objects.filter(last_reviewed__lt=overdue_before()).count()
        stale += self.model.objects.filter(last_reviewed__isnull=True).count()
        if stale and request.method == "GET":
            messages.warning(
                request,
                f"{stale} {'page has' if stale == 1 else 'pages have'} not been reviewed for 12 months. "
                "Use the review filter to find them.",
            )
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is not None and request.method == "GET" and review_overdue(obj.last_reviewed):
            messages.warning(request, OVERDUE_MESSAGE)
        return super().change_view(request, object_id, form_url, extra_context)


class MarkdownTextarea(forms.Textarea):
    def __init__(self, attrs=None):
        super().__init__(attrs={"rows": 8, "cols": 90, **(attrs or {})})


@admin.register(Substance)
class SubstanceAdmin(ReviewedAdmin):
    list_display = ("name", "substance_type", "law_class", "review_status", "clinically_reviewed")
    list_filter = ("substance_type", "law_class", ReviewOverdueFilter, "clinically_reviewed")
    search_fields = ("name", "other_names", "summary")
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("related_categories",)
    fieldsets = [
        (None, {"fields": ("name", "slug", "other_names", "substance_type", "summary", "law_class")}),
        ("The page (markdown)", {"fields": (*MARKDOWN_FIELDS, "related_categories")}),
        ("Mixing", {"fields": ("mixing_risks",)}),
        ("Review", {"fields": ReviewedAdmin.review_fields}),
    ]
    readonly_fields = ("mixing_risks",)

    @admin.display(description="Mixing risks")
    def mixing_risks(self, obj) -> str:
        """Each pair is edited once, under Mixing risks; here the editor sees this substance's pairs."""
        add = reverse("admin:services_directory_mixingrisk_add")
        if obj is None or obj.pk is None:
            return format_html('Save this substance first, then <a href="{}">add mixing risks</a>.', add)
        rows = format_html_join(
            "",
            '<li><a href="{}">{}</a>: {}</li>',
            (
                (
                    reverse("admin:services_directory_mixingrisk_change", args=[row.pk]),
                    row.other.name,
                    row.level_label,
                )
                for row in mixing_rows(obj)
            ),
        )
        return format_html('<ul>{}</ul><a href="{}">Add a mixing risk</a>', rows or "None yet.", add)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "other_names":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 4, "cols": 40})
        elif db_field.get_internal_type() == "TextField":
            kwargs["widget"] = MarkdownTextarea()
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(MixingRisk)
class MixingRiskAdmin(SimpleHistoryAdmin):
    list_display = ("substance_a", "substance_b", "level")
    list_filter = ("level",)
    list_select_related = ("substance_a", "substance_b")
    search_fields = ("substance_a__name", "substance_b__name", "note")
    autocomplete_fields = ("substance_a", "substance_b")


@admin.register(AdvicePage)
class AdvicePageAdmin(ReviewedAdmin):
    list_display = ("title", "order", "review_status", "clinically_reviewed")
    list_filter = (ReviewOverdueFilter, "clinically_reviewed")
    search_fields = ("title", "summary", "body")
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = [
        (None, {"fields": ("title", "slug", "summary", "body", "order")}),
        ("Review", {"fields": ReviewedAdmin.review_fields}),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "body":
            kwargs["widget"] = MarkdownTextarea(attrs={"rows": 24})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(Taxonomy)
class TaxonomyAdmin(admin.ModelAdmin):
    list_display = ("name", "version")


@admin.register(TaxonomyTerm)
class TaxonomyTermAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "taxonomy", "parent")
    list_filter = ("taxonomy",)
    search_fields = ("name", "code")


# The services directory (helper D): organisations, services, locations, hours.
from services_directory import directory_admin  # noqa: E402, F401
