from django.urls import path

from mylife4me.core import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("using-this-site-safely/", views.safety, name="safety"),
    path("privacy/", views.privacy, name="privacy"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("exit/", views.quick_exit, name="exit"),
    path("healthz", views.healthz, name="healthz"),
    path("search/", views.search, name="search"),
    path("offline/", views.offline, name="offline"),
    path("sw.js", views.service_worker, name="service_worker"),
]
