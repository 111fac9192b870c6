from django.urls import path

from forum import views

app_name = "forum"

urlpatterns = [
    path("", views.index, name="index"),
    path("rules/", views.rules, name="rules"),
    path("t/<int:thread_id>/<slug:slug>/", views.thread, name="thread"),
    path("t/<int:thread_id>/<slug:slug>/reply/", views.reply, name="reply"),
    path("thread/<int:thread_id>/follow/", views.follow, name="follow"),
    path("thread/<int:thread_id>/manage/", views.manage, name="manage"),
    path("p/<int:post_id>/", views.post, name="post"),
    path("p/<int:post_id>/flag/", views.flag, name="flag"),
    path("<slug:slug>/", views.category, name="category"),
    path("<slug:slug>/new/", views.new_thread, name="new_thread"),
]
