from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from mylife4me.accounts.models import User


@admin.register(User)
class SiteUserAdmin(UserAdmin):
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Contact", {"fields": ("email",)}),
        ("Roles", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    list_display = ("username", "is_active", "is_staff", "date_joined")
    list_filter = ("is_staff", "is_superuser", "is_active", "groups")
    search_fields = ("username",)
