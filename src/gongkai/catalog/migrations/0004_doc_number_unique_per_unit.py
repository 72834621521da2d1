"""A 文号 is used once per unit: the check in ``catalog.services.items`` becomes a database
constraint, so two clerks saving the same 文号 at the same moment cannot both succeed.

Items that already share a 文号 within a unit are not exempted (a constraint with exceptions
would let the clash stand for good, and both would keep counting in table 二): the migration
stops before changing anything and names them; correct the 文号 of all but one (工作台 → 修改,
after 退回草稿 if needed) and run ``gongkai manage migrate`` again.
"""

from django.core.management.base import CommandError
from django.db import migrations, models
from django.db.models import Count

SHOWN = 20


def refuse_existing_clashes(apps, schema_editor):
    InfoItem = apps.get_model("catalog", "InfoItem")
    clashes = list(
        InfoItem.objects.filter(doc_seq__isnull=False)
        .values("unit_id", "unit__name", "doc_code", "doc_year", "doc_seq")
        .annotate(n=Count("pk")).filter(n__gt=1).order_by("unit_id", "doc_code", "doc_year", "doc_seq")
    )
    if not clashes:
        return
    lines = []
    for clash in clashes[:SHOWN]:
        ids = InfoItem.objects.filter(unit_id=clash["unit_id"], doc_code=clash["doc_code"],
                                      doc_year=clash["doc_year"], doc_seq=clash["doc_seq"])
        ids = "、".join(str(pk) for pk in ids.order_by("pk").values_list("pk", flat=True))
        lines.append(f"  {clash['unit__name']}：文号{clash['doc_code']}〔{clash['doc_year']}〕{clash['doc_seq']}号"
                     f"，信息编号 {ids}")
    if len(clashes) > SHOWN:
        lines.append(f"  ……共{len(clashes)}处")
    raise CommandError(  # migrate prints the message alone, without a traceback
        "同一单位内有信息使用了相同的文号，无法建立文号唯一约束（未做任何修改）：\n" + "\n".join(lines)
        + "\n请修改其中多余信息的文号后重新执行 gongkai manage migrate。"
    )


class Migration(migrations.Migration):

    dependencies = [
        ("catalog", "0003_index_code"),
    ]

    operations = [
        migrations.RunPython(refuse_existing_clashes, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="infoitem",
            constraint=models.UniqueConstraint(
                condition=models.Q(("doc_seq__isnull", False)),
                fields=("unit", "doc_code", "doc_year", "doc_seq"),
                name="info_item_doc_number_unique",
            ),
        ),
    ]
