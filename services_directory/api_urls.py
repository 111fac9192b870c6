from django.urls import path

from services_directory import api_views

app_name = "openreferral"

urlpatterns = [
    path("", api_views.root, name="root"),
    path("openapi.json", api_views.openapi, name="openapi"),
    path("services", api_views.services, name="services"),
    path("services/<uuid:service_id>", api_views.service, name="service"),
    path("service_at_locations", api_views.service_at_locations, name="service_at_locations"),
    path("organizations", api_views.organizations, name="organizations"),
    path("taxonomies", api_views.taxonomies, name="taxonomies"),
    path("taxonomy_terms", api_views.taxonomy_terms, name="taxonomy_terms"),
]
