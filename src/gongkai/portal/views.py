"""Public pages."""

from django.shortcuts import render

from gongkai.orgs.access import public_view
from gongkai.orgs.models import Unit


@public_view
def home(request):
    top_units = Unit.objects.filter(parent__isnull=True).order_by("name")
    return render(request, "portal/home.html", {"top_units": top_units})
