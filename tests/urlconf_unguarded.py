"""The real URLs plus one view that forgot the permission layer (for test_url_access)."""

from django.http import HttpResponse
from django.urls import include, path


def forgotten_view(request):
    return HttpResponse("secret")


urlpatterns = [
    path("", include("gongkai.urls")),
    path("forgotten/", forgotten_view, name="forgotten"),
]
