from django.urls import path

from gongkai.reportcheck import views

app_name = "reportcheck"

urlpatterns = [
    path("", views.check_reports, name="check"),
    path("xlsx/", views.download, name="xlsx"),
]
