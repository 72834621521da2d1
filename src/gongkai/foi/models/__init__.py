from gongkai.foi.models.application import OPEN_PHASES, Application, ApplicationQuerySet
from gongkai.foi.models.attachment import Attachment, AttachmentPurpose
from gongkai.foi.models.choices import (
    ORGANISATION_TYPES,
    ApplicantType,
    Channel,
    DecisionCategory,
    DeliveryForm,
    EventKind,
    IdKind,
    LetterKind,
    Party,
    Phase,
)
from gongkai.foi.models.decision import Decision
from gongkai.foi.models.event import AppendOnlyError, Event
from gongkai.foi.models.support import ReminderSent, ReminderThreshold, SerialCounter, TrackingAttempt

__all__ = [
    "OPEN_PHASES", "ORGANISATION_TYPES", "AppendOnlyError", "ApplicantType", "Application", "ApplicationQuerySet",
    "Attachment", "AttachmentPurpose", "Channel", "Decision", "DecisionCategory", "DeliveryForm", "Event",
    "EventKind", "IdKind", "LetterKind", "Party", "Phase", "ReminderSent", "ReminderThreshold", "SerialCounter",
    "TrackingAttempt",
]
