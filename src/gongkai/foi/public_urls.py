"""The applicant's pages: apply online and track a request."""

from django.urls import path

from gongkai.foi.views import letters, public

app_name = "foi_public"

urlpatterns = [
    path("apply/", public.choose_unit, name="choose_unit"),
    path("apply/<int:unit_id>/", public.apply, name="apply"),
    path("apply/submitted/", public.submitted, name="submitted"),
    path("track/", public.track, name="track"),
    path("track/close/", public.forget, name="forget"),
    path("track/<str:tracking_number>/", public.status, name="status"),
    path("track/<str:tracking_number>/letters/<int:letter_id>.<str:fmt>", letters.applicant_letter, name="letter"),
]
