"""Text files from Chinese offices come as UTF-8 (with or without BOM) or GB18030. Plain Python."""

ENCODINGS = ("utf-8-sig", "gb18030")


def decode(data: bytes) -> str:
    """The text, or ``UnicodeDecodeError`` when it is in neither encoding."""
    for encoding in ENCODINGS[:-1]:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode(ENCODINGS[-1])
