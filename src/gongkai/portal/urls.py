from django.urls import path

from gongkai.portal.views import documents, feeds, pages, search, sitemap

app_name = "portal"

urlpatterns = [
    path("", pages.home, name="home"),
    path("units/", pages.units, name="units"),
    path("units/<int:unit_id>/", pages.unit_home, name="unit"),
    path("units/<int:unit_id>/columns/<int:node_id>/", pages.column, name="column"),
    path("items/<int:item_id>/", documents.item, name="item"),
    path("items/<int:item_id>/attachments/<int:attachment_id>/", documents.attachment, name="attachment"),
    path("policies/", documents.policies, name="policies"),
    path("normative/", documents.normative_index, name="normative"),
    path("normative/<int:unit_id>/<int:year>/<int:quarter>/", documents.normative_quarter,
         name="normative_quarter"),
    path("records/", documents.records, name="records"),
    path("records/<int:record_id>/", documents.record, name="record"),
    path("search/", search.search, name="search"),
    path("feeds/latest.rss", feeds.latest_rss, name="feed_rss"),
    path("feeds/latest.atom", feeds.latest_atom, name="feed_atom"),
    path("feeds/policies.rss", feeds.policies_rss, name="feed_policies"),
    path("sitemap.xml", sitemap.index, name="sitemap"),
    path("sitemap-<str:name>-<int:number>.xml", sitemap.section, name="sitemap_section"),
]
