"""Documents for tests: a PDF whose metadata names its author (information dictionary, XMP
on the document and its pages, page-piece data), built with pypdf."""

from __future__ import annotations

import io

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

PDF_TEXT = "Noi dung tin bao: nhom dua xe o dau cau thon 3"
PDF_SECRETS = (b"Nguyen Van A", b"SN-123456", b"Canon", b"LAPTOPHIEN")
XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
    b"<dc:creator>Nguyen Van A</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    b'<?xpacket end="w"?>'
)


def pdf_with_metadata(pages: int = 2, *, author: str = "Nguyen Van A") -> bytes:
    """A text PDF naming its author in the information dictionary, in XMP (document and page)
    and in page-piece data, as word processors and scanners write them."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for n in range(1, pages + 1):
        page = writer.add_blank_page(width=300, height=200)
        content = DecodedStreamObject()
        content.set_data(f"BT /F1 10 Tf 10 100 Td ({PDF_TEXT} - {n}) Tj ET".encode())
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        page_xmp = DecodedStreamObject()
        page_xmp.set_data(XMP.replace(b"Nguyen Van A", b"SN-123456"))
        page[NameObject("/Metadata")] = writer._add_object(page_xmp)
        page[NameObject("/PieceInfo")] = DictionaryObject(
            {NameObject("/Canon"): DictionaryObject()}
        )
    writer.add_metadata({"/Author": author, "/Creator": "Canon", "/Producer": "LAPTOPHIEN"})
    writer.xmp_metadata = XMP.replace(b"Nguyen Van A", author.encode())
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    assert author.encode() in data
    assert all(secret in data for secret in PDF_SECRETS if secret != b"Nguyen Van A")
    return data
