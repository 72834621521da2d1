from gongkai.foi.models.application import ApplicantType, Application, Channel, DecisionCategory

__all__ = ["ApplicantType", "Application", "Channel", "DecisionCategory"]
