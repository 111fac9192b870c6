from django.urls import path

from access_codes import provider_views, staff_views, views

app_name = "access_codes"

urlpatterns = [
    path("breaking-free/", views.breaking_free, name="breaking_free"),
    path("breaking-free/sent/", views.sent, name="sent"),
    path("breaking-free/poster/", views.poster, name="poster"),
    # Where the message with the code links: a neutral address.
    path("your-code/", views.your_code, name="your_code"),
    path("provider/breaking-free/", provider_views.referral, name="provider_referral"),
    path("staff/access-codes/", staff_views.queue, name="staff_queue"),
    path("staff/access-codes/pool/", staff_views.pool_view, name="staff_pool"),
    path("staff/access-codes/requests/<uuid:request_id>/", staff_views.request_detail, name="staff_request"),
    path("staff/access-codes/requests/<uuid:request_id>/issue/", staff_views.issue, name="staff_issue"),
    path("staff/access-codes/requests/<uuid:request_id>/decline/", staff_views.decline, name="staff_decline"),
]
