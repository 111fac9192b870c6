"""Admin for the services directory (imported from admin.py). Every change keeps its history."""

from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from services_directory.models import (
    Closure,
    Contact,
    Language,
    Location,
    Membership,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["user"]


@admin.register(Organization)
class OrganizationAdmin(SimpleHistoryAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["name", "last_modified"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(Location)
class LocationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "organization", "postcode"]
    list_filter = ["organization"]
    search_fields = ["name", "postcode"]


class ScheduleInline(admin.TabularInline):
    model = Schedule
    extra = 0


class ClosureInline(admin.TabularInline):
    model = Closure
    extra = 0


class PhoneInline(admin.TabularInline):
    model = Phone
    extra = 0


class ContactInline(admin.TabularInline):
    model = Contact
    extra = 0


class LanguageInline(admin.TabularInline):
    model = Language
    extra = 0


class ServiceAtLocationInline(admin.TabularInline):
    model = ServiceAtLocation
    extra = 0


@admin.register(Service)
class ServiceAdmin(SimpleHistoryAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["name", "organization", "status", "last_checked"]
    list_filter = ["status", "organization", "taxonomy_terms"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["taxonomy_terms"]
    inlines = [
        ServiceAtLocationInline,
        ScheduleInline,
        ClosureInline,
        PhoneInline,
        ContactInline,
        LanguageInline,
    ]
