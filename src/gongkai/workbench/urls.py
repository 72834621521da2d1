from django.urls import path

from gongkai.workbench import views

app_name = "workbench"

urlpatterns = [
    path("", views.home, name="home"),
    path("units/<int:unit_id>/", views.unit_home, name="unit"),
]
