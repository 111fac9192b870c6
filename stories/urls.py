from django.urls import path

from stories import views

app_name = "stories"

urlpatterns = [
    path("", views.index, name="index"),
    path("share/", views.share, name="share"),
    path("yours/", views.yours, name="yours"),
    path("yours/<int:story_id>/", views.own_story, name="own_story"),
    path("yours/<int:story_id>/edit/", views.edit, name="edit"),
    path("yours/<int:story_id>/unpublish/", views.unpublish, name="unpublish"),
    path("alerts/", views.alerts, name="alerts"),
    path("alerts/confirm/<str:token>/", views.confirm_alerts, name="confirm_alerts"),
    path("<slug:slug>/", views.story, name="story"),
    path("<slug:slug>/helped/", views.say_helped, name="helped"),
]
