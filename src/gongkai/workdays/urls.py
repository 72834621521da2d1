from django.urls import path

from gongkai.workdays import views

app_name = "workdays"

urlpatterns = [
    path("", views.year_list, name="years"),
    path("upload/", views.notice_upload, name="upload"),
    path("apply/", views.notice_apply, name="apply"),
    path("<int:year>/", views.year_detail, name="year"),
    path("<int:year>/edit/", views.notice_form, name="edit"),
    path("<int:year>/withdraw/", views.year_withdraw, name="withdraw"),
]
