from django.urls import path

from services_directory import directory_views, views

app_name = "services_directory"

urlpatterns = [
    path("drugs/", views.substances, name="substances"),
    path("drugs/<slug:slug>/", views.substance, name="substance"),
    path("advice/", views.advice, name="advice"),
    path("advice/<slug:slug>/", views.advice_page, name="advice_page"),
    # The services directory (helper D)
    path("services/", directory_views.services, name="services"),
    path("services/<slug:slug>/", directory_views.service, name="service"),
]
