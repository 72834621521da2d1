from django.urls import path

from gongkai.reports import public_views

app_name = "annual_reports"

urlpatterns = [
    path("", public_views.annual_index, name="index"),
    path("<int:pk>/", public_views.annual_detail, name="detail"),
    path("<int:pk>/<str:fmt>/", public_views.annual_download, name="download"),
]
