from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from mylife4me.accounts.access import mfa_setup_redirect
from mylife4me.accounts.roles import needs_mfa_setup


class SiteAdmin(admin.AdminSite):
    site_header = "MyLife4Me administration"
    site_title = "MyLife4Me admin"
    index_title = "Content and settings"

    def has_permission(self, request: HttpRequest) -> bool:
        return super().has_permission(request) and not needs_mfa_setup(request.user)

    def login(self, request: HttpRequest, extra_context=None) -> HttpResponse:
        """Admin signs in through allauth (with its rate limits and two-factor step), never its own form."""
        next_url = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = reverse("admin:index")
        if not request.user.is_authenticated:
            return redirect_to_login(next_url)
        if needs_mfa_setup(request.user):
            return mfa_setup_redirect(request)
        if self.has_permission(request):
            return HttpResponseRedirect(next_url)
        raise PermissionDenied
