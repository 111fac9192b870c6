from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from mylife4me.accounts.views import staff_home

urlpatterns = [
    path("", include("mylife4me.core.urls")),
    path("account/", include("mylife4me.accounts.urls")),
    path("", include("mylife4me.alerts.urls")),
    path("account/", include("allauth.urls")),
    path("staff/", staff_home, name="staff_home"),
    path("staff/figures/", include("mylife4me.figures.urls")),
    path("forum/", include("forum.urls")),
    path("stories/", include("stories.urls")),
    path("moderation/", include("mylife4me.moderation.urls")),
    path("", include("services_directory.urls")),  # /drugs/ and /advice/
    path("", include("access_codes.urls")),  # /breaking-free/, /staff/access-codes/, /provider/breaking-free/
    path("api/openreferral/", include("services_directory.api_urls")),  # Open Referral UK API
    path("admin/", admin.site.urls),
]

if settings.BENCH_MODE:  # `make bench` only: the ceiling every page is measured against
    from mylife4me.core.bench_views import bare

    urlpatterns.append(path("bench/bare/", bare))

handler400 = "mylife4me.core.views.bad_request"
handler403 = "mylife4me.core.views.permission_denied"
handler404 = "mylife4me.core.views.page_not_found"
# handler500 stays Django's own: it renders templates/500.html with no database or context.
