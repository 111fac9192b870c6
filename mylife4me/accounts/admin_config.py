from django.contrib.admin.apps import AdminConfig


class SiteAdminConfig(AdminConfig):
    """Django admin, signed in through allauth and closed to staff without two-factor authentication."""

    default_site = "mylife4me.accounts.admin_site.SiteAdmin"
