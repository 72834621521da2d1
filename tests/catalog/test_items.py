import threading
from datetime import date

from django.db import IntegrityError, connection, connections, transaction

import pytest

from gongkai.catalog.models import DocType, InfoItem, Status, Validity
from gongkai.catalog.services import CatalogError
from gongkai.catalog.services import items as services
from gongkai.core.models import AuditEntry
from tests.catalog.factories import InfoItemFactory, doc_number_taken_after_the_check, published_item
from tests.factories import UnitFactory


def test_publication_assigns_a_unique_index_number_per_unit_and_year(world):
    first = published_item(world.district, on=date(2021, 3, 1))
    second = published_item(world.district, on=date(2021, 4, 1))
    assert first.index_no == f"{world.district.credit_code}/2021-00001"
    assert second.index_no == f"{world.district.credit_code}/2021-00002"


def test_serials_restart_each_year_and_per_unit(world):
    published_item(world.district, on=date(2020, 12, 30))
    other = published_item(world.city, on=date(2021, 1, 4))
    assert other.index_no.endswith("/2021-00001")


def test_a_draft_has_no_index_number(world):
    item = services.create_item(world.district, title="草稿", written_on=date(2021, 1, 1))
    assert item.index_no == ""
    assert item.status == Status.DRAFT


def test_doc_number_is_parsed_and_stored_canonically(world):
    item = published_item(world.city, doc_number="淄政发(2020)13号", doc_type=DocType.NORMATIVE,
                          title="淄博市行政规范性文件管理办法")
    assert str(item.doc_number) == "淄政发〔2020〕13号"


def test_a_malformed_doc_number_is_rejected_in_chinese(world):
    with pytest.raises(CatalogError, match="缺少年份括号"):
        services.create_item(world.city, title="某通知", written_on=date(2020, 1, 1), doc_number="淄政发2020-13")


def test_doc_number_cannot_be_used_twice_in_a_unit_and_the_other_item_is_named(world):
    first = published_item(world.city, doc_number="淄政字〔2020〕103号", title="甲")
    with pytest.raises(CatalogError, match=f"已被本单位的《甲》（索引号{first.index_no}）使用"):
        services.create_item(world.city, title="乙", written_on=date(2020, 1, 1), doc_number="淄政字〔2020〕103号")


def test_a_doc_number_clash_with_a_draft_names_the_draft(world):
    draft = services.create_item(world.city, title="甲", written_on=date(2020, 1, 1), doc_number="淄政字〔2020〕7号")
    with pytest.raises(CatalogError, match=f"《甲》（草稿，编号{draft.pk}）"):
        services.create_item(world.city, title="乙", written_on=date(2020, 1, 1), doc_number="淄政字〔2020〕7号")


def test_another_unit_may_republish_a_document_with_its_doc_number(world):
    published_item(world.city, doc_number="淄政字〔2020〕103号", title="甲")
    copy = services.create_item(world.district, title="转发甲", written_on=date(2020, 1, 1),
                                doc_number="淄政字〔2020〕103号")
    assert str(copy.doc_number) == "淄政字〔2020〕103号"


def test_editing_an_item_keeps_its_own_doc_number(world):
    draft = services.create_item(world.city, title="甲", written_on=date(2020, 1, 1), doc_number="淄政字〔2020〕7号")
    services.update_item(draft, title="甲（修订）", doc_number="淄政字〔2020〕7号")


def test_a_withdrawn_items_doc_number_stays_taken(world):
    withdrawn = services.withdraw(published_item(world.city, doc_number="淄政字〔2020〕103号", title="甲"), reason="有误")
    with pytest.raises(CatalogError, match=f"已被本单位的《甲》（索引号{withdrawn.index_no}）使用"):
        services.create_item(world.city, title="乙", written_on=date(2020, 1, 1), doc_number="淄政字〔2020〕103号")


def test_the_database_refuses_a_doc_number_twice_in_a_unit(world):
    number = {"doc_code": "淄政字", "doc_year": 2020, "doc_seq": 7}
    InfoItemFactory(unit=world.city, **number)
    with pytest.raises(IntegrityError), transaction.atomic():
        InfoItemFactory(unit=world.city, **number)


def test_the_database_lets_another_unit_use_the_same_doc_number(world):
    number = {"doc_code": "淄政字", "doc_year": 2020, "doc_seq": 7}
    InfoItemFactory(unit=world.city, **number)
    assert InfoItemFactory(unit=world.district, **number).pk


def test_the_database_lets_a_unit_have_many_items_without_a_doc_number(world):
    InfoItemFactory(unit=world.city)
    assert InfoItemFactory(unit=world.city).pk


def test_creating_in_a_doc_number_race_gives_the_clash_message(world, monkeypatch):
    doc_number_taken_after_the_check(monkeypatch, world.city)
    with pytest.raises(CatalogError, match=r"文号淄政字〔2020〕7号已被本单位的《甲》（草稿，编号\d+）使用"):
        services.create_item(world.city, title="乙", written_on=date(2020, 1, 1), doc_number="淄政字〔2020〕7号")
    assert not InfoItem.objects.filter(title="乙").exists()


def test_editing_in_a_doc_number_race_gives_the_clash_message(world, monkeypatch):
    draft = services.create_item(world.city, title="乙", written_on=date(2020, 1, 1))
    doc_number_taken_after_the_check(monkeypatch, world.city)
    with pytest.raises(CatalogError, match="文号淄政字〔2020〕7号已被本单位的《甲》"):
        services.update_item(draft, doc_number="淄政字〔2020〕7号")
    draft.refresh_from_db()
    assert draft.doc_number is None


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is proven on PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_clerks_saving_one_doc_number_at_once_one_gets_the_clash_message(monkeypatch):
    from gongkai.catalog.services.tree import default_node

    unit = UnitFactory()
    default_node(DocType.GENERAL)  # the standard catalog exists before the threads look for it
    barrier, outcomes, waited = threading.Barrier(2), [], []
    check = services._check_doc_number

    def check_then_wait(item):  # both pass the check before either saves
        check(item)
        if len(waited) < 2:  # not again when the refused save looks for the clash
            waited.append(item.title)
            barrier.wait(timeout=30)

    def save(title):
        try:
            services.create_item(unit, title=title, written_on=date(2020, 1, 1), doc_number="淄政字〔2020〕7号")
            outcomes.append("saved")
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            outcomes.append(exc)
        finally:
            connections.close_all()

    monkeypatch.setattr(services, "_check_doc_number", check_then_wait)
    threads = [threading.Thread(target=save, args=(title,)) for title in ("甲", "乙")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    errors = [o for o in outcomes if o != "saved"]
    assert outcomes.count("saved") == 1 and len(errors) == 1
    assert isinstance(errors[0], CatalogError) and "已被本单位的" in str(errors[0])


def test_the_migration_names_items_that_already_share_a_doc_number(world):
    import importlib

    from django.apps import apps
    from django.core.management.base import CommandError

    with connection.cursor() as cursor:  # the data of a database migrated before the constraint
        cursor.execute("DROP INDEX info_item_doc_number_unique")
    number = {"doc_code": "淄政字", "doc_year": 2020, "doc_seq": 7}
    first, second = InfoItemFactory(unit=world.city, **number), InfoItemFactory(unit=world.city, **number)
    migration = importlib.import_module("gongkai.catalog.migrations.0004_doc_number_unique_per_unit")
    with pytest.raises(CommandError, match=f"{world.city.name}：文号淄政字〔2020〕7号，信息编号 {first.pk}、{second.pk}"):
        migration.refuse_existing_clashes(apps, None)


def test_the_migration_passes_items_sharing_a_doc_number_across_units(world):
    import importlib

    from django.apps import apps

    number = {"doc_code": "淄政字", "doc_year": 2020, "doc_seq": 7}
    InfoItemFactory(unit=world.city, **number)
    InfoItemFactory(unit=world.district, **number)
    importlib.import_module("gongkai.catalog.migrations.0004_doc_number_unique_per_unit").refuse_existing_clashes(
        apps, None)


def test_only_a_city_government_makes_rules(world):
    with pytest.raises(CatalogError, match="设区的市人民政府"):
        services.create_item(world.district, title="某规章", written_on=date(2020, 1, 1), doc_type=DocType.RULE)
    assert services.create_item(world.city, title="某规章", written_on=date(2020, 1, 1), doc_type=DocType.RULE).pk


def test_an_interpretation_must_name_its_policy(world):
    with pytest.raises(CatalogError, match="关联所解读"):
        services.create_item(world.city, title="解读", written_on=date(2020, 1, 1), doc_type=DocType.INTERPRETATION)


def test_an_interpretation_is_linked_both_ways(world):
    policy = published_item(world.city, doc_type=DocType.NORMATIVE, title="办法")
    reading = published_item(world.city, doc_type=DocType.INTERPRETATION, title="《办法》解读", interprets=policy)
    assert list(policy.interpretations.all()) == [reading]
    assert reading.interprets == policy


def test_normative_documents_start_valid_and_others_have_no_validity(world):
    normative = published_item(world.city, doc_type=DocType.NORMATIVE, title="办法")
    general = published_item(world.city, title="动态")
    assert normative.validity == Validity.VALID
    assert general.validity == ""


def test_publishing_requires_review_first(world):
    item = services.create_item(world.district, title="某通知", written_on=date(2021, 1, 1))
    with pytest.raises(CatalogError, match="待审核"):
        services.publish(item, on=date(2021, 1, 2))


def test_published_items_cannot_be_edited(world):
    item = published_item(world.district)
    with pytest.raises(CatalogError, match="不能修改"):
        services.update_item(item, title="新标题")


def test_withdrawal_needs_a_reason_and_keeps_the_index_number(world):
    item = published_item(world.district)
    with pytest.raises(CatalogError, match="理由"):
        services.withdraw(item, reason=" ")
    services.withdraw(item, reason="内容有误")
    assert item.status == Status.WITHDRAWN
    assert item.index_no.endswith("-00001")


def test_body_is_sanitised(world):
    item = services.create_item(world.district, title="某通知", written_on=date(2021, 1, 1),
                                body='<p onclick="x()">正文</p><script>alert(1)</script>')
    assert item.body == "<p>正文</p>"


def test_every_step_is_audited(world):
    item = published_item(world.district, by=world.district_clerk)
    services.withdraw(item, by=world.district_reviewer, reason="重复发布")
    actions = list(AuditEntry.objects.filter(target_id=str(item.pk)).values_list("action", flat=True))
    assert sorted(actions) == sorted(["catalog.item_created", "catalog.item_review", "catalog.item_published",
                                      "catalog.item_withdrawn"])


def test_publication_date_cannot_precede_the_written_date(world):
    item = services.create_item(world.district, title="某通知", written_on=date(2021, 5, 1))
    services.submit_for_review(item)
    with pytest.raises(CatalogError, match="早于成文日期"):
        services.publish(item, on=date(2021, 4, 30))


def test_the_service_refuses_an_attachment_over_50_mb(world, monkeypatch):
    from gongkai.catalog import extract
    monkeypatch.setattr(extract, "MAX_BYTES", 10)
    draft = services.create_item(world.city, title="甲", written_on=date(2020, 1, 1))
    with pytest.raises(CatalogError, match="附件不能超过"):
        services.add_attachment(draft, "a.txt", b"x" * 11)


def test_the_publication_date_cannot_be_in_the_future(world):
    from datetime import timedelta

    from django.utils import timezone
    draft = services.create_item(world.city, title="甲", written_on=date(2020, 1, 1))
    services.submit_for_review(draft)
    with pytest.raises(CatalogError, match="发布日期不能晚于今天"):
        services.publish(draft, on=timezone.localdate() + timedelta(days=1))
    draft.refresh_from_db()
    assert draft.status == Status.REVIEW and draft.index_serial is None


def test_an_attachment_with_a_long_chinese_name_is_stored_and_keeps_its_name(world):
    draft = services.create_item(world.city, title="甲", written_on=date(2020, 1, 1))
    name = "关于" + "长" * 150 + "的通知.txt"
    attachment = services.add_attachment(draft, name, "内容".encode())
    assert attachment.name == name[:200] and attachment.file.name.endswith(".txt")
    assert attachment.file.read() == "内容".encode()


def test_an_attachment_name_cannot_reach_outside_the_media_directory(world):
    draft = services.create_item(world.city, title="甲", written_on=date(2020, 1, 1))
    attachment = services.add_attachment(draft, "../../etc/passwd.txt", b"x")
    assert attachment.file.name.startswith(f"catalog/{world.city.pk}/{draft.pk}/") and ".." not in attachment.file.name


def test_an_interpretation_is_published_only_after_its_policy(world):
    policy = services.create_item(world.city, doc_type=DocType.NORMATIVE, title="办法", written_on=date(2020, 1, 1))
    reading = services.create_item(world.city, doc_type=DocType.INTERPRETATION, title="解读", interprets=policy,
                                   written_on=date(2020, 1, 1))
    services.submit_for_review(reading)
    with pytest.raises(CatalogError, match="所解读的《办法》尚未发布"):
        services.publish(reading, on=date(2020, 1, 2))
    reading.refresh_from_db()
    assert reading.status == Status.REVIEW and reading.index_serial is None


def test_the_index_number_stays_as_assigned_when_the_format_changes(world, settings):
    item = published_item(world.city, on=date(2021, 3, 1))
    assigned = item.index_no
    settings.CATALOG_INDEX_FORMAT = "{year}-{serial:06d}"
    item.refresh_from_db()
    assert item.index_no == assigned and item.index_code == assigned


def test_republication_keeps_the_stored_index_number(world):
    item = published_item(world.city, on=date(2021, 3, 1))
    assigned = item.index_no
    services.withdraw(item, reason="更正")
    services.return_to_draft(item, reason="更正")
    services.submit_for_review(item)
    services.publish(item, on=date(2021, 4, 1))
    item.refresh_from_db()
    assert item.index_code == assigned


def test_the_migration_fills_the_index_number_of_existing_items(world):
    import importlib

    from django.apps import apps

    from gongkai.catalog.models import InfoItem
    item = published_item(world.city, on=date(2021, 3, 1))
    InfoItem.objects.filter(pk=item.pk).update(index_code="")
    importlib.import_module("gongkai.catalog.migrations.0003_index_code").fill_index_codes(apps, None)
    item.refresh_from_db()
    assert item.index_code == item.format_index_no() != ""
