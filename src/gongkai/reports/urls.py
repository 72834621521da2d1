from django.urls import path

from gongkai.reports import figure_views, views

app_name = "reports"

urlpatterns = [
    path("", views.report_list, name="list"),
    path("new/", views.report_create, name="create"),
    path("<int:pk>/", views.report_detail, name="detail"),
    path("<int:pk>/edit/", views.report_edit, name="edit"),
    path("<int:pk>/redraft/", views.report_redraft, name="redraft"),
    path("<int:pk>/validate/", views.report_validate, name="validate"),
    path("<int:pk>/publish/", views.report_publish, name="publish"),
    path("<int:pk>/download/<str:fmt>/", views.report_download, name="download"),
    path("figures/", figure_views.figures_index, name="figures"),
    path("figures/import/", figure_views.figures_import, name="figures_import"),
    path("figures/template/", figure_views.figures_template, name="figures_template"),
    path("figures/<int:unit_id>/<int:year>/", figure_views.unit_figures, name="unit_figures"),
]
