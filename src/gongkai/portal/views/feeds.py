"""RSS and Atom feeds of newly published information."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from gongkai.catalog.models import POLICY_TYPES, InfoItem
from gongkai.orgs.access import public_view

FEED_SIZE = 50


class LatestItems(Feed):
    title = "政府信息公开 · 最新发布"
    description = "最新主动公开的政府信息"

    def link(self):
        return reverse("portal:home")

    def items(self):
        return InfoItem.objects.public()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary or item.title

    def item_link(self, item):
        return reverse("portal:item", args=[item.pk])

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.published_on, time(9)))

    def item_author_name(self, item):
        return item.unit.name


class LatestPolicies(LatestItems):
    title = "政府信息公开 · 政策文件"
    description = "最新发布的政府规章、行政规范性文件和其他政策文件"

    def items(self):
        return InfoItem.objects.public().filter(doc_type__in=POLICY_TYPES)[:FEED_SIZE]


class LatestItemsAtom(LatestItems):
    feed_type = Atom1Feed
    subtitle = LatestItems.description


latest_rss = public_view(LatestItems())
latest_atom = public_view(LatestItemsAtom())
policies_rss = public_view(LatestPolicies())
