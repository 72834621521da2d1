"""The official-document layer: DOCX in 公文 style (GB/T 9704-2012 page), XLSX with merged headers,
PDF from HTML (WeasyPrint), and the check helpers (DOCX → PDF with LibreOffice, PDF → PNG).

Shared by the annual reports (``gongkai.reports``) and the request letters
(``gongkai.documents.letters``). Plain Python plus templates; no models.
"""
