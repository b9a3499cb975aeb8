"""Metadata stripping for files a tip reporter sends, before admins ever see them.

Images are decoded and re-encoded from their pixels alone: EXIF (GPS position, camera serial,
time), XMP, IPTC, ICC profiles, comments and thumbnails are not carried over, whatever
container they came in. The EXIF orientation is applied to the pixels first so the copy still
looks the right way up.

Office documents (docx/xlsx/pptx are zip files) lose their properties parts (author, last
editor, company, times, custom properties) and zip comments. PDFs are rebuilt from their pages
alone: the document information dictionary, XMP metadata streams, page-piece data, embedded
files and earlier revisions are not carried over. A document's body can still name people
(comments, tracked changes, a signature, a letterhead, pictures inside it): the reporter is
told so. Documents are recognised by their content, never by their name.
"""

from __future__ import annotations

import io
import logging
import re
import sys
import zipfile
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, PdfObject

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
# The main part of each accepted OOXML kind: (extension, MIME type).
OFFICE_MAIN_PARTS = {
    "word/document.xml": (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "xl/workbook.xml": (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    "ppt/presentation.xml": (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
}
# Macro-enabled packages (docm, xlsm...) are not passed on to admins.
MACRO_PART = "vbaProject.bin"
# A small zip can inflate to gigabytes; the parts are read into memory.
MAX_OFFICE_UNPACKED = 200_000_000
MAX_OFFICE_PARTS = 5000
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
# Keys dropped from every dictionary reachable from a PDF's pages: XMP streams and
# application data (which may name the author or the machine).
PDF_DROPPED_KEYS = ("/Metadata", "/PieceInfo")
ATTACHMENT = "/FileAttachment"  # an annotation carrying a whole file (with its own metadata)


class _Below(logging.Filter):
    """Drops a library's records below ``level``: Pillow logs metadata values (EXIF GPS
    position, camera serial, author) at DEBUG while decoding, and pypdf's warnings about a
    malformed file may quote its bytes; neither must reach the logs whatever LOG_LEVEL says."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= self.level


_QUIET = _Below(logging.INFO)
_QUIET_PDF = _Below(logging.ERROR)


def quiet_pillow() -> None:
    """Put the filter on every Pillow logger (each plugin has its own; a filter on a parent
    logger does not see its children's records). Idempotent."""
    Image.init()
    for name in list(logging.root.manager.loggerDict):
        if name == "PIL" or name.startswith("PIL."):
            logging.getLogger(name).addFilter(_QUIET)


def quiet_pypdf() -> None:
    """The same for pypdf, which logs through ``logging.getLogger(<module name>)``: a filter on
    the logger of every pypdf module loaded. Idempotent."""
    for name in [n for n in sys.modules if n == "pypdf" or n.startswith("pypdf.")]:
        logging.getLogger(name).addFilter(_QUIET_PDF)


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


@dataclass(frozen=True)
class CleanDocument:
    data: bytes
    extension: str  # "pdf" | "docx" | "xlsx" | "pptx"
    mime_type: str


def office_kind(names: list[str]) -> tuple[str, str] | None:
    """(extension, MIME type) of an OOXML package from its part names; None when the zip is
    not a docx/xlsx/pptx (or is macro-enabled)."""
    if "[Content_Types].xml" not in names:
        return None
    if any(name.rsplit("/", 1)[-1] == MACRO_PART for name in names):
        return None
    kinds = [OFFICE_MAIN_PARTS[name] for name in names if name in OFFICE_MAIN_PARTS]
    return kinds[0] if len(kinds) == 1 else None


def strip_document(data: bytes) -> CleanDocument:
    """A metadata-free copy of a PDF or docx/xlsx/pptx, recognised by its content; anything
    else raises ``MediaError``."""
    if data.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as probe:
                kind = office_kind(probe.namelist())
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise MediaError("not an office document") from exc
        if kind is None:
            raise MediaError("a zip that is not a docx/xlsx/pptx")
        return CleanDocument(strip_office_document(data), *kind)
    if PDF_MAGIC in data[:1024]:  # the header may follow a little junk, as readers allow
        return CleanDocument(strip_pdf(data), "pdf", "application/pdf")
    raise MediaError("not a PDF or office document")


def strip_pdf(data: bytes) -> bytes:
    """A PDF rebuilt from its pages: no document information dictionary, no XMP, no embedded
    files or earlier revisions. Encrypted files open only without a password."""
    quiet_pypdf()
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise MediaError("a password-protected PDF")
        writer = PdfWriter()
        seen: set[int] = set()
        for page in reader.pages:
            # Scrubbed before copying: the writer copies only what the page still refers to.
            _scrub_pdf(page, seen)
            writer.add_page(page)
        if not writer.pages:
            raise MediaError("a PDF without pages")
        writer.metadata = None  # no /Info at all (not even pypdf's /Producer)
        out = io.BytesIO()
        writer.write(out)
    except MediaError:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on a malformed file
        raise MediaError("not a readable PDF") from exc
    return out.getvalue()


def _scrub_pdf(obj: PdfObject, seen: set[int]) -> None:
    """Drop metadata keys and file attachments from everything reachable from a page."""
    obj = obj.get_object()
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, DictionaryObject):
        for key in PDF_DROPPED_KEYS:
            obj.pop(NameObject(key), None)
        annots = obj.get("/Annots")
        if annots is not None and isinstance(annots.get_object(), ArrayObject):
            obj[NameObject("/Annots")] = ArrayObject(
                a for a in annots.get_object() if a.get_object().get("/Subtype") != ATTACHMENT
            )
        for key, value in list(obj.items()):
            if key != "/Parent":  # up the page tree: reached from the pages themselves
                _scrub_pdf(value, seen)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            _scrub_pdf(value, seen)


def strip_office_document(data: bytes, *, max_unpacked: int = MAX_OFFICE_UNPACKED) -> bytes:
    """A docx/xlsx/pptx without its properties parts, with fixed file times and no comment."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise MediaError("not an office document") from exc
    infos = source.infolist()
    if len(infos) > MAX_OFFICE_PARTS or sum(i.file_size for i in infos) > max_unpacked:
        source.close()
        raise MediaError("office document too large once unpacked")
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
