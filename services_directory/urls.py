from django.urls import path

from services_directory import directory_views, provider_figures_views, provider_views, views

app_name = "services_directory"

urlpatterns = [
    path("drugs/", views.substances, name="substances"),
    path("drugs/<slug:slug>/", views.substance, name="substance"),
    path("advice/", views.advice, name="advice"),
    path("advice/<slug:slug>/", views.advice_page, name="advice_page"),
    # The services directory (helper D)
    path("services/", directory_views.services, name="services"),
    path("services/<slug:slug>/", directory_views.service, name="service"),
    path("services/<slug:slug>/poster/", directory_views.poster, name="poster"),
    path("services/<slug:slug>/call-back/", directory_views.callback, name="callback"),
    path("services/<slug:slug>/call-back/sent/", directory_views.callback_sent, name="callback_sent"),
    path("provider/", provider_views.home, name="provider_home"),
    path("provider/figures/", provider_figures_views.provider_figures, name="provider_figures"),
    path(
        "provider/organisations/<uuid:organization_id>/services/new/",
        provider_views.service_new,
        name="provider_service_new",
    ),
    path(
        "provider/organisations/<uuid:organization_id>/places/new/",
        provider_views.location_new,
        name="provider_location_new",
    ),
    path("provider/services/<uuid:service_id>/", provider_views.service_edit, name="provider_service"),
    path(
        "provider/services/<uuid:service_id>/confirm/",
        provider_views.service_confirm,
        name="provider_confirm",
    ),
    path("provider/services/<uuid:service_id>/hours/", provider_views.service_hours, name="provider_hours"),
    path(
        "provider/services/<uuid:service_id>/closures/",
        provider_views.closure_add,
        name="provider_closure_add",
    ),
    path(
        "provider/services/<uuid:service_id>/closures/<uuid:closure_id>/delete/",
        provider_views.closure_delete,
        name="provider_closure_delete",
    ),
    path(
        "provider/call-backs/<uuid:callback_id>/<slug:outcome>/",
        provider_views.callback_close,
        name="provider_callback_close",
    ),
    path("provider/places/<uuid:location_id>/", provider_views.location_edit, name="provider_location"),
]
