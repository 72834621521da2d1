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
from gongkai.foi.models.letter import AppendOnlyLetterError, SentLetter
from gongkai.foi.models.support import (
    OnlineSubmission,
    ReminderSent,
    ReminderThreshold,
    SerialCounter,
    TrackingAttempt,
)

__all__ = [
    "OPEN_PHASES", "ORGANISATION_TYPES", "AppendOnlyError", "AppendOnlyLetterError", "ApplicantType", "Application",
    "ApplicationQuerySet", "Attachment", "AttachmentPurpose", "Channel", "Decision", "DecisionCategory", "DeliveryForm", "Event",
    "EventKind", "IdKind", "LetterKind", "OnlineSubmission", "Party", "Phase", "ReminderSent", "ReminderThreshold", "SentLetter",
    "SerialCounter", "TrackingAttempt",
]
