from django.urls import path

from mylife4me.alerts import views

app_name = "alerts"

urlpatterns = [
    path("account/alerts/", views.preferences_page, name="preferences"),
    path("alerts/stop/<str:token>/", views.stop, name="stop"),
    path("staff/outbox/", views.outbox, name="outbox"),
    path("staff/outbox/<uuid:notification_id>/resend/", views.resend, name="resend"),
]
