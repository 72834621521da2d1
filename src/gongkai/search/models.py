from django.db import models


class SearchEntry(models.Model):
    """One searchable document for the PostgreSQL backend (unused by the embedded backend).

    The ``grams`` tsvector column (every substring of one to four characters) and its GIN
    index exist only on PostgreSQL; migration 0002 adds them there.
    """

    key = models.CharField(max_length=40, unique=True)
    kind = models.CharField(max_length=16)
    object_pk = models.BigIntegerField()
    unit_id = models.BigIntegerField()
    unit_path = models.CharField(max_length=255)
    doc_type = models.CharField(max_length=24)
    year = models.PositiveSmallIntegerField()
    published_on = models.DateField()
    doc_number = models.CharField(max_length=80, blank=True)
    title = models.TextField()  # normalised
    body = models.TextField()  # normalised title, 文号 and text: what a term must occur in

    class Meta:
        verbose_name = "检索条目"
        verbose_name_plural = "检索条目"
        indexes = [models.Index(fields=["published_on"]), models.Index(fields=["unit_path"])]

    def __str__(self) -> str:
        return self.key
