"""Root URL configuration. Each app owns its pages; every view declares an access policy
(``gongkai.orgs.access``), which ``tests/test_url_access.py`` enforces for every pattern here."""

from django.contrib import admin
from django.urls import include, path

from gongkai.api import urls as api_urls
from gongkai.orgs import auth

# Django's admin is for system administrators only; unit staff work in the workbench.
admin.site.has_permission = lambda request: request.user.is_active and request.user.is_superuser
admin.site.site_header = "政府信息公开平台 · 系统管理"

urlpatterns = [
    path("login/", auth.login_view, name="login"),
    path("logout/", auth.logout_view, name="logout"),
    path("workbench/reports/", include("gongkai.reports.urls")),
    path("workbench/catalog/", include("gongkai.catalog.urls")),
    path("workbench/", include("gongkai.workbench.urls")),
    path("workbench/units/", include("gongkai.orgs.urls")),
    path("workbench/requests/", include("gongkai.foi.urls")),
    path("system/calendar/", include("gongkai.workdays.urls")),
    path("annual-reports/", include("gongkai.reports.public_urls")),
    path("oversight/", include("gongkai.oversight.urls")),
    path("check/", include("gongkai.reportcheck.urls")),
    path("admin/", admin.site.urls),
    path("", include("gongkai.foi.public_urls")),
    path("api/", api_urls.urls()),
    path("", include("gongkai.portal.urls")),
]
