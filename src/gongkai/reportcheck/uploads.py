"""Limits applied while an upload is still arriving, before anything is kept.

The request body is refused as soon as it passes the total size or the number of files, so a
huge upload never reaches a temporary file; what Django does keep (large files go to a temporary
file) is deleted when the request ends.
"""

from dataclasses import dataclass

from django.core.files.uploadhandler import FileUploadHandler, StopUpload

from gongkai.reportcheck.limits import MB, size_text


@dataclass(frozen=True)
class UploadLimits:
    total_bytes: int = 100 * MB  # the whole request, as sent (ZIPs compressed)
    files: int = 100  # files in one request, archives counted once


LIMITS = UploadLimits()


class LimitedUploadHandler(FileUploadHandler):
    """Stops the upload at the first byte over the limits and notes why on the request."""

    def __init__(self, request, limits: UploadLimits | None = None):
        super().__init__(request)
        self.limits = limits or LIMITS
        self.received = 0
        self.count = 0

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.count += 1
        if self.count > self.limits.files:
            self._stop(f"一次最多上传{self.limits.files}个文件；可以打包为ZIP压缩包后上传")

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limits.total_bytes:
            self._stop(f"上传内容超过{size_text(self.limits.total_bytes)}上限，请分批上传")
        return raw_data

    def file_complete(self, file_size):
        return None

    def _stop(self, reason: str):
        self.request.upload_refused = reason
        raise StopUpload(connection_reset=False)
