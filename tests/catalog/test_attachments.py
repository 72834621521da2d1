"""Removing a wrongly uploaded attachment from a draft (staff of the item's unit, POST, audited);
a published item's attachments stay until it is withdrawn and returned to draft."""

from datetime import date

from django.db import transaction
from django.test import Client
from django.urls import reverse

import pytest

from gongkai.catalog.models import Attachment, Status
from gongkai.catalog.services import CatalogError
from gongkai.catalog.services import items as services
from gongkai.core.models import AuditEntry
from gongkai.search import indexing
from gongkai.search.service import get_backend
from gongkai.search.text import Query
from tests.catalog.factories import InfoItemFactory, attachment_on, published_item


def remove_url(attachment):
    return reverse("catalog:item_attachment_remove", args=[attachment.item_id, attachment.pk])


@pytest.fixture
def draft_attachment(world):
    return attachment_on(InfoItemFactory(unit=world.district), name="错传的文件.txt")


def test_a_clerk_removes_an_attachment_from_a_draft(world, client_as, draft_attachment):
    response = client_as(world.district_clerk).post(remove_url(draft_attachment), follow=True)
    assert "附件“错传的文件.txt”已删除" in response.content.decode()
    assert not Attachment.objects.filter(pk=draft_attachment.pk).exists()


def test_removing_an_attachment_deletes_its_file_from_storage(draft_attachment, django_capture_on_commit_callbacks):
    storage, name = draft_attachment.file.storage, draft_attachment.file.name
    with django_capture_on_commit_callbacks(execute=True):
        services.remove_attachment(draft_attachment)
    assert not storage.exists(name)


def test_a_removal_rolled_back_keeps_the_file(draft_attachment, django_capture_on_commit_callbacks):
    storage, name = draft_attachment.file.storage, draft_attachment.file.name
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        services.remove_attachment(draft_attachment)
        raise RuntimeError("a later step failed")
    assert storage.exists(name) and Attachment.objects.filter(pk=draft_attachment.pk).exists()


def test_removing_an_attachment_is_recorded_in_the_audit_trail(world, client_as, draft_attachment):
    client_as(world.district_clerk).post(remove_url(draft_attachment))
    entry = AuditEntry.objects.get(action="catalog.attachment_removed")
    assert (entry.actor, entry.unit, entry.target_id) == (world.district_clerk, world.district,
                                                          str(draft_attachment.item_id))
    assert entry.context == {"attachment": draft_attachment.pk, "name": "错传的文件.txt",
                             "size": draft_attachment.size}


def test_removing_an_attachment_twice_records_it_once(world, draft_attachment):
    services.remove_attachment(draft_attachment, by=world.district_clerk)
    services.remove_attachment(draft_attachment, by=world.district_clerk)
    assert AuditEntry.objects.filter(action="catalog.attachment_removed").count() == 1


def test_a_published_items_attachment_cannot_be_removed(world):
    item = services.create_item(world.district, title="甲", written_on=date(2020, 1, 1))
    attachment = services.add_attachment(item, "附件.txt", "正文".encode())
    services.submit_for_review(item)
    services.publish(item, on=date(2020, 1, 2))
    with pytest.raises(CatalogError, match="已发布信息的附件不能删除；如需更换附件，请先撤回信息并退回草稿"):
        services.remove_attachment(attachment)
    assert attachment.file.storage.exists(attachment.file.name)


def test_a_published_items_refused_removal_is_explained_on_its_page(world, client_as):
    attachment = attachment_on(published_item(world.district))
    response = client_as(world.district_clerk).post(remove_url(attachment), follow=True)
    assert "请先撤回信息并退回草稿" in response.content.decode()
    assert Attachment.objects.filter(pk=attachment.pk).exists()


def test_an_attachment_under_review_cannot_be_removed(world):
    attachment = attachment_on(InfoItemFactory(unit=world.district, status=Status.REVIEW))
    with pytest.raises(CatalogError, match="只有草稿可以删除附件，本信息为“待审核”"):
        services.remove_attachment(attachment)


def test_removal_without_a_csrf_token_is_refused(world, draft_attachment):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.district_clerk)
    assert client.post(remove_url(draft_attachment)).status_code == 403
    assert Attachment.objects.filter(pk=draft_attachment.pk).exists()


def test_removal_by_get_is_not_allowed(world, client_as, draft_attachment):
    assert client_as(world.district_clerk).get(remove_url(draft_attachment)).status_code == 405
    assert Attachment.objects.filter(pk=draft_attachment.pk).exists()


def test_a_supervisor_cannot_remove_an_attachment(world, client_as, draft_attachment):
    assert client_as(world.district_supervisor).post(remove_url(draft_attachment)).status_code == 403
    assert Attachment.objects.filter(pk=draft_attachment.pk).exists()


def test_another_units_attachment_cannot_be_removed_through_ones_own_item(world, client_as):
    own = InfoItemFactory(unit=world.district)
    foreign = attachment_on(InfoItemFactory(unit=world.other_district))
    url = reverse("catalog:item_attachment_remove", args=[own.pk, foreign.pk])
    assert client_as(world.district_clerk).post(url).status_code == 404
    assert Attachment.objects.filter(pk=foreign.pk).exists()


def test_removal_takes_the_attachment_text_out_of_the_index(world, django_capture_on_commit_callbacks):
    item = services.create_item(world.district, title="甲", written_on=date(2020, 1, 1))
    attachment = services.add_attachment(item, "附件.txt", "附件里的棚户区改造计划".encode())
    services.submit_for_review(item)
    services.publish(item, on=date(2020, 1, 2))
    indexing.rebuild()
    services.withdraw(item, reason="附件有误")  # its re-index task has not run yet
    services.return_to_draft(item, reason="更换附件")
    with django_capture_on_commit_callbacks(execute=True):
        services.remove_attachment(attachment)
    assert get_backend().search(Query(text="改造计划")).hits == []


def test_a_drafts_page_offers_removal_and_a_published_items_page_does_not(world, client_as, draft_attachment):
    published = attachment_on(published_item(world.district))
    client = client_as(world.district_clerk)
    assert remove_url(draft_attachment) in client.get(reverse("catalog:item", args=[draft_attachment.item_id])).content.decode()
    assert remove_url(published) not in client.get(reverse("catalog:item", args=[published.item_id])).content.decode()
