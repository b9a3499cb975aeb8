"""handlers.tips.media: images keep their pixels and lose every metadata block; office documents
lose their properties parts; PDFs lose their information dictionary and XMP. Documents are
recognised by content. Tables of inputs made with Pillow, zipfile and pypdf in the test."""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Callable

import pytest
from PIL import ExifTags, Image, PngImagePlugin
from pypdf import PdfReader, PdfWriter

from handlers.tips.media import (
    MediaError,
    strip_document,
    strip_image,
    strip_office_document,
    strip_pdf,
)
from tests.support.documents import PDF_SECRETS, PDF_TEXT, pdf_with_metadata

SECRETS = (b"Canon", b"Nguyen Van A", b"SN-123456", b"Exif", b"XML:com.adobe.xmp", b"105.51")
GPS = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (21.0, 1.0, 30.0),
    ExifTags.GPS.GPSLongitudeRef: "E",
    ExifTags.GPS.GPSLongitude: (105.0, 51.0, 0.0),
}


def _exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Artist] = "Nguyen Van A"
    exif[ExifTags.Base.ImageDescription] = "SN-123456 at 105.51"
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(GPS)
    return exif


def jpeg_with_gps() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 200)).save(
        out, format="JPEG", exif=_exif(), comment=b"Nguyen Van A"
    )
    return out.getvalue()


def jpeg_rotated() -> bytes:
    """A 40x30 image whose EXIF says "rotate 90°": it is shown 30x40."""
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, format="JPEG", exif=_exif(6))
    return out.getvalue()


def png_with_text_and_exif() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Nguyen Van A")
    info.add_text("XML:com.adobe.xmp", "<x:xmpmeta>SN-123456</x:xmpmeta>")
    out = io.BytesIO()
    Image.new("RGB", (20, 20), (0, 200, 0)).save(out, format="PNG", pnginfo=info, exif=_exif())
    return out.getvalue()


def png_transparent() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Nguyen Van A")
    out = io.BytesIO()
    Image.new("RGBA", (16, 12), (0, 0, 0, 0)).save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def webp_with_exif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (24, 24), (90, 90, 90)).save(out, format="WEBP", exif=_exif())
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "mime", "size"),
    [
        (jpeg_with_gps, "image/jpeg", (40, 30)),
        (jpeg_rotated, "image/jpeg", (30, 40)),
        (png_with_text_and_exif, "image/jpeg", (20, 20)),
        (png_transparent, "image/png", (16, 12)),
        (webp_with_exif, "image/jpeg", (24, 24)),
    ],
    ids=["jpeg-gps", "jpeg-orientation", "png-text-exif", "png-alpha", "webp-exif"],
)
def test_an_image_is_copied_from_its_pixels_without_metadata(
    make: Callable[[], bytes], mime: str, size: tuple[int, int]
) -> None:
    original = make()
    assert any(s in original for s in SECRETS)  # the control: there is something to remove
    clean = strip_image(original)
    assert (clean.mime_type, (clean.width, clean.height)) == (mime, size)
    for secret in SECRETS:
        assert secret not in clean.data
    with Image.open(io.BytesIO(clean.data)) as copy:
        assert copy.size == size
        assert dict(copy.getexif()) == {}
        assert copy.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
        assert not {"exif", "xmp", "icc_profile", "comment", "Author"} & set(copy.info)


def test_the_copy_keeps_what_the_picture_shows() -> None:
    clean = strip_image(jpeg_with_gps())
    with Image.open(io.BytesIO(clean.data)) as copy:
        r, g, b = copy.convert("RGB").getpixel((20, 15))  # type: ignore[misc]
    assert abs(r - 10) < 8 and abs(g - 120) < 8 and abs(b - 200) < 8


@pytest.mark.parametrize(
    "make", [jpeg_with_gps, png_with_text_and_exif, webp_with_exif], ids=["jpeg", "png", "webp"]
)
def test_reading_a_photo_logs_none_of_its_metadata_even_at_debug(
    make: Callable[[], bytes], caplog: pytest.LogCaptureFixture
) -> None:
    original = make()
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    strip_image(original)
    logged = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    for secret in ("Canon", "Nguyen Van A", "SN-123456", "105.0", "21.0, 1.0"):
        assert secret not in logged


@pytest.mark.parametrize(
    ("data", "max_pixels"),
    [
        (b"", 40_000_000),
        (b"not an image at all", 40_000_000),
        (jpeg_with_gps()[:60], 40_000_000),
        (jpeg_with_gps(), 1000),
    ],
    ids=["empty", "text", "truncated", "too-many-pixels"],
)
def test_an_unreadable_or_oversized_image_raises_media_error(data: bytes, max_pixels: int) -> None:
    with pytest.raises(MediaError):
        strip_image(data, max_pixels=max_pixels)


def test_an_image_format_outside_the_list_is_refused() -> None:
    out = io.BytesIO()
    Image.new("RGB", (16, 16)).save(out, format="ICO")
    with pytest.raises(MediaError, match="unsupported"):
        strip_image(out.getvalue())


# -- office documents ------------------------------------------------------------------------

CORE = (
    '<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:creator>Nguyen Van A</dc:creator>'
    "<cp:lastModifiedBy>SN-123456</cp:lastModifiedBy></cp:coreProperties>"
)
RELS = (
    '<Relationships><Relationship Id="r1" Target="word/document.xml"/>'
    '<Relationship Id="r2" Target="docProps/thumbnail.jpeg"/></Relationships>'
)


def docx(*, comment: bytes = b"Nguyen Van A") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.comment = comment
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("_rels/.rels", RELS)
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", "<Properties><Company>Canon</Company></Properties>")
        z.writestr("docProps/custom.xml", "<Properties>SN-123456</Properties>")
        z.writestr("docProps/thumbnail.jpeg", jpeg_with_gps())
        z.writestr("word/document.xml", "<w:document>Nội dung tin báo</w:document>")
    return out.getvalue()


def test_an_office_document_loses_its_properties_and_thumbnail_but_keeps_its_body() -> None:
    clean = strip_office_document(docx())
    with zipfile.ZipFile(io.BytesIO(clean)) as z:
        names = z.namelist()
        parts = {name: z.read(name) for name in names}
        times = {info.date_time for info in z.infolist()}
        comment = z.comment
    assert "docProps/thumbnail.jpeg" not in names
    assert {"docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"} <= set(names)
    assert parts["word/document.xml"].decode() == "<w:document>Nội dung tin báo</w:document>"
    assert b"thumbnail" not in parts["_rels/.rels"]
    assert b"word/document.xml" in parts["_rels/.rels"]
    assert comment == b""
    assert times == {(1980, 1, 1, 0, 0, 0)}
    for secret in (b"Nguyen Van A", b"SN-123456", b"Canon"):
        assert all(secret not in body for body in parts.values())


@pytest.mark.parametrize(
    "data",
    [b"", b"%PDF-1.4 not a zip", b"PK\x05\x06" + b"\0" * 18],
    ids=["empty", "pdf", "empty-zip"],
)
def test_a_file_that_is_not_an_office_document_raises_media_error(data: bytes) -> None:
    with pytest.raises(MediaError):
        strip_office_document(data)


def test_an_office_document_whose_parts_unpack_too_large_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * 1_000_000)
    with pytest.raises(MediaError, match="too large"):
        strip_office_document(out.getvalue(), max_unpacked=999_999)


# -- PDFs and recognising a document by its content -------------------------------------------


def test_a_pdf_loses_its_information_dictionary_and_xmp_but_keeps_its_pages() -> None:
    original = pdf_with_metadata()
    clean = strip_pdf(original)
    for secret in PDF_SECRETS:
        assert secret not in clean
    reader = PdfReader(io.BytesIO(clean))
    assert reader.metadata is None
    assert reader.xmp_metadata is None
    assert "/Metadata" not in reader.trailer["/Root"]
    assert [page.extract_text() for page in reader.pages] == [
        f"{PDF_TEXT} - 1",
        f"{PDF_TEXT} - 2",
    ]
    assert all("/Metadata" not in page and "/PieceInfo" not in page for page in reader.pages)


def test_an_encrypted_pdf_with_a_user_password_is_refused() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_metadata(1))))
    writer.encrypt(user_password="bi-mat", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(MediaError, match="password"):
        strip_pdf(out.getvalue())


def renamed_office(kind: str) -> bytes:
    """A minimal OOXML package of ``kind`` whose core properties name the author."""
    main = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("docProps/core.xml", CORE)
        z.writestr(main[kind], "<body>Nội dung</body>")
    return out.getvalue()


def zipped(**parts: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in parts.items():
            z.writestr(name.replace("__", "/"), body)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "extension"),
    [
        (docx(), "docx"),
        (renamed_office("xlsx"), "xlsx"),
        (renamed_office("pptx"), "pptx"),
        (pdf_with_metadata(1), "pdf"),
        (b"\r\n" + pdf_with_metadata(1), "pdf"),
    ],
    ids=["docx", "xlsx", "pptx", "pdf", "pdf-after-junk"],
)
def test_a_document_is_recognised_by_its_content_and_stripped(data: bytes, extension: str) -> None:
    clean = strip_document(data)
    assert clean.extension == extension
    assert all(secret not in clean.data for secret in PDF_SECRETS)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"MZ\x90\x00 an executable named bienban.docx",
        b"%PDF-1.7 a truncated header and nothing else",
        zipped(**{"photos__a.jpg": b"jpeg"}),  # a plain zip archive
        zipped(**{"[Content_Types].xml": b"<Types/>"}),  # no main part
        zipped(
            **{
                "[Content_Types].xml": b"<Types/>",
                "word__document.xml": b"<w:document/>",
                "word__vbaProject.bin": b"macro",
            }
        ),
        jpeg_with_gps(),
    ],
    ids=["empty", "exe", "broken-pdf", "zip", "no-main-part", "docm", "jpeg"],
)
def test_anything_but_a_pdf_or_office_file_is_refused_whatever_its_name(data: bytes) -> None:
    with pytest.raises(MediaError):
        strip_document(data)


def test_reading_a_pdf_logs_none_of_its_metadata_even_at_debug(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A wrong xref offset: pypdf warns (quoting what it finds there) and repairs the file.
    broken = re.sub(rb"startxref\n\d+", b"startxref\n9", pdf_with_metadata(1))
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    strip_pdf(broken)
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
