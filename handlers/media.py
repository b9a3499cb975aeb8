"""Metadata stripping for files a tip reporter sends, before admins ever see them.

Images are decoded and re-encoded from their pixels alone: EXIF (GPS position, camera serial,
time), XMP, IPTC, ICC profiles, comments and thumbnails are not carried over, whatever
container they came in. The EXIF orientation is applied to the pixels first so the copy still
looks the right way up.

Office documents (docx/xlsx/pptx are zip files) lose their properties parts (author, last
editor, company, times, custom properties) and zip comments. Their body can still name people
(comments, tracked changes): the reporter is told so.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_PIXELS = 40_000_000
FORMATS = {"JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "MPO", "HEIF"}
EMPTY_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"/>'
)
EMPTY_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"/>'
)
EMPTY_CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'custom-properties"/>'
)
# Parts replaced by empty ones (kept, so the package's relationships stay valid).
REPLACED = {
    "docProps/core.xml": EMPTY_CORE,
    "docProps/app.xml": EMPTY_APP,
    "docProps/custom.xml": EMPTY_CUSTOM,
}
THUMBNAIL = "docProps/thumbnail"
THUMBNAIL_REL = re.compile(rb"<Relationship\b[^>]*docProps/thumbnail[^>]*/>")
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


class _BelowInfo(logging.Filter):
    """Drops Pillow's DEBUG records: while decoding it logs metadata values (EXIF GPS position,
    camera serial, author), which must not reach the logs whatever LOG_LEVEL says."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.INFO


_QUIET = _BelowInfo()


def quiet_pillow() -> None:
    """Put the filter on every Pillow logger (each plugin has its own; a filter on a parent
    logger does not see its children's records). Idempotent."""
    Image.init()
    for name in list(logging.root.manager.loggerDict):
        if name == "PIL" or name.startswith("PIL."):
            logging.getLogger(name).addFilter(_QUIET)


class MediaError(Exception):
    """The file cannot be read or is too large to process safely."""


@dataclass(frozen=True)
class CleanImage:
    data: bytes
    mime_type: str
    width: int
    height: int


def strip_image(data: bytes, *, max_pixels: int = MAX_PIXELS) -> CleanImage:
    """A copy of the image made from its pixels only (JPEG, or PNG when it has transparency)."""
    quiet_pillow()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in FORMATS:
                raise MediaError(f"unsupported image format {probe.format}")
            if probe.width * probe.height > max_pixels:
                raise MediaError("image too large")
            probe.seek(0)
            image = ImageOps.exif_transpose(probe)
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise MediaError("not a readable image") from exc
    transparent = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    mode = "RGBA" if transparent else "RGB"
    pixels = image.convert(mode)
    # A brand-new image from the raw pixel buffer: no info dict, no EXIF, nothing else.
    clean = Image.frombytes(mode, pixels.size, pixels.tobytes())
    out = io.BytesIO()
    if transparent:
        clean.save(out, format="PNG", optimize=True)
        mime = "image/png"
    else:
        clean.save(out, format="JPEG", quality=90)
        mime = "image/jpeg"
    return CleanImage(out.getvalue(), mime, clean.width, clean.height)


def strip_office_document(data: bytes) -> bytes:
    """A docx/xlsx/pptx without its properties parts, with fixed file times and no comment."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise MediaError("not an office document") from exc
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        if "[Content_Types].xml" not in names:
            raise MediaError("not an office document")
        for name in names:
            if name.startswith(THUMBNAIL):
                continue
            body = source.read(name)
            if name in REPLACED:
                body = REPLACED[name].encode()
            elif name == "_rels/.rels":
                body = THUMBNAIL_REL.sub(b"", body)
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, body)
    return out.getvalue()
