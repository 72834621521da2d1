"""From index hits to what the public may see: the objects, loaded in one query per kind.

The index is updated by a background task after publication or withdrawal; until it runs, a
withdrawn item can still be a hit. Every public caller (portal page, API) goes through here, so
such a hit is dropped, never shown.
"""


def load(hits) -> list[dict]:
    """``[{"kind": …, "obj": …}]`` for the hits that are still public, in hit order."""
    from gongkai.catalog.models import DecisionRecord, InfoItem

    items = InfoItem.objects.public().in_bulk([h.pk for h in hits if h.kind == "item"])
    records = DecisionRecord.objects.select_related("unit").in_bulk([h.pk for h in hits if h.kind == "record"])
    loaded = []
    for hit in hits:
        obj = (items if hit.kind == "item" else records).get(hit.pk)
        if obj is not None:
            loaded.append({"kind": hit.kind, "obj": obj})
    return loaded
