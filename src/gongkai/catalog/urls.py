from django.urls import path

from gongkai.catalog import views, views_tools

app_name = "catalog"

urlpatterns = [
    path("", views.item_list, name="items"),
    path("new/", views.item_create, name="item_create"),
    path("items/<int:item_id>/", views.item_detail, name="item"),
    path("items/<int:item_id>/edit/", views.item_edit, name="item_edit"),
    path("items/<int:item_id>/submit/", views.item_submit, name="item_submit"),
    path("items/<int:item_id>/publish/", views.item_publish, name="item_publish"),
    path("items/<int:item_id>/return/", views.item_return, name="item_return"),
    path("items/<int:item_id>/withdraw/", views.item_withdraw, name="item_withdraw"),
    path("items/<int:item_id>/attach/", views.item_attach, name="item_attach"),
    path("items/<int:item_id>/attachments/<int:attachment_id>/", views.item_attachment, name="item_attachment"),
    path("items/<int:item_id>/attachments/<int:attachment_id>/remove/", views.item_attachment_remove,
         name="item_attachment_remove"),
    path("items/<int:item_id>/decide/", views.item_decide, name="item_decide"),
    path("alerts/", views_tools.alerts, name="alerts"),
    path("records/import/", views_tools.record_import, name="record_import"),
    path("columns/", views_tools.columns, name="columns"),
]
