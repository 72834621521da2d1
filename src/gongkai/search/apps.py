from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "gongkai.search"
    verbose_name = "全文检索"

    def ready(self):
        from gongkai.orgs.models import unit_moved
        from gongkai.search import indexing

        unit_moved.connect(indexing.unit_moved, dispatch_uid="search.reindex_moved_subtree")
