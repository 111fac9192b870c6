from django.urls import path

from mylife4me.figures import views

app_name = "figures"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:name>/", views.section, name="section"),
    path("<slug:name>/<int:number>.csv", views.table_csv, name="csv"),
]
