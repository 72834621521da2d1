"""Writing the audit trail. Services call ``record`` in the same transaction as the change."""

from gongkai.core.models import AuditEntry


def record(action: str, *, actor=None, unit=None, target=None, summary: str = "", **context) -> AuditEntry:
    """Append one entry. ``actor`` may be an anonymous user (stored as no actor)."""
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditEntry.objects.create(
        action=action,
        actor=actor,
        unit=unit,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        summary=summary[:255],
        context=context,
    )
