"""Serving an attachment's file: the one place that opens it (the portal and the workbench decide
who may have it)."""

from django.http import FileResponse, Http404


def attachment_response(attachment) -> FileResponse:
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404("附件文件缺失") from None
    return FileResponse(handle, filename=attachment.name)
