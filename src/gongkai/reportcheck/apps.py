from django.apps import AppConfig


class ReportcheckConfig(AppConfig):
    name = "gongkai.reportcheck"
    verbose_name = "年报核查"
