from django.urls import path

from mylife4me.moderation import views

app_name = "moderation"

urlpatterns = [
    path("", views.queue_page, name="queue"),
    path("item/<int:item_id>/", views.item_page, name="item"),
    path("person/<int:user_id>/", views.person_page, name="person"),
    path("log/", views.log_page, name="log"),
    path("words/", views.words_page, name="words"),
    path("words/add/", views.word_edit, name="word_add"),
    path("words/<int:word_id>/", views.word_edit, name="word_edit"),
    path("words/<int:word_id>/delete/", views.word_delete, name="word_delete"),
]
