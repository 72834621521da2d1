"""sitemap.xml: an index of sections, each at most 50,000 URLs (the sitemaps.org limit)."""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse

from gongkai.catalog.models import InfoItem
from gongkai.orgs.access import public_view
from gongkai.orgs.models import Unit

SECTION_SIZE = 50_000
STATIC_PAGES = ("portal:home", "portal:units", "portal:policies", "portal:normative", "portal:records",
                "portal:search")


def _item_ids():
    return InfoItem.objects.public().order_by("pk").values_list("pk", "published_on")


@public_view
def index(request):
    pages = (_item_ids().count() + SECTION_SIZE - 1) // SECTION_SIZE
    sections = [reverse("portal:sitemap_section", args=["pages", 1])]
    sections += [reverse("portal:sitemap_section", args=["items", n]) for n in range(1, pages + 1)]
    return render(request, "portal/sitemap_index.xml", {"sections": sections}, content_type="application/xml")


@public_view
def section(request, name, number):
    if name == "pages" and number == 1:
        urls = [(reverse(page), None) for page in STATIC_PAGES]
        urls += [(reverse("portal:unit", args=[pk]), None) for pk in Unit.objects.values_list("pk", flat=True)]
    elif name == "items" and number >= 1:
        chunk = _item_ids()[(number - 1) * SECTION_SIZE:number * SECTION_SIZE]
        urls = [(reverse("portal:item", args=[pk]), day) for pk, day in chunk]
        if not urls:
            raise Http404("没有这一部分")
    else:
        raise Http404("没有这一部分")
    return render(request, "portal/sitemap.xml", {"urls": urls, "base": request.build_absolute_uri("/")[:-1]},
                  content_type="application/xml")
