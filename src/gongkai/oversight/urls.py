from django.urls import path

from gongkai.oversight import views

app_name = "oversight"

urlpatterns = [
    path("", views.report_deadlines_view, name="report_deadlines"),
]
