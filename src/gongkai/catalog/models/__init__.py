from gongkai.catalog.models.choices import (
    DECISION_RESULT,
    EDITABLE_STATUSES,
    IN_FORCE,
    LIFECYCLE_TYPES,
    POLICY_TYPES,
    DecisionKind,
    DisclosureMode,
    DocType,
    Genre,
    RecordKind,
    Status,
    Topic,
    Validity,
)
from gongkai.catalog.models.item import EXPIRY_ALERT_DAYS, Attachment, InfoItem
from gongkai.catalog.models.lifecycle import ValidityDecision
from gongkai.catalog.models.node import CatalogNode
from gongkai.catalog.models.record import DecisionRecord, RecordBatch

__all__ = [
    "DECISION_RESULT", "EDITABLE_STATUSES", "EXPIRY_ALERT_DAYS", "IN_FORCE", "LIFECYCLE_TYPES", "POLICY_TYPES",
    "Attachment", "CatalogNode", "DecisionKind", "DecisionRecord", "DisclosureMode", "DocType", "Genre", "InfoItem",
    "RecordBatch", "RecordKind", "Status", "Topic", "Validity", "ValidityDecision",
]
