from django.urls import path

from mylife4me.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.account_home, name="home"),
    path("your-data/", views.your_data, name="your_data"),
    path("delete/", views.delete_account, name="delete"),
    path("deleted/", views.account_deleted, name="deleted"),
]
