from django.urls import path

from gongkai.orgs import views

app_name = "orgs"

urlpatterns = [
    path("<int:unit_id>/staff/", views.staff_list, name="staff"),
    path("staff/<int:membership_id>/revoke/", views.revoke, name="revoke"),
]
