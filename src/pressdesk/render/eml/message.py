"""The e-mail draft: a MIME message that mail clients open as an unsent message.

::

    multipart/mixed
      multipart/alternative
        text/plain                 the release as ``-f txt`` writes it
        multipart/related
          text/html                built for mail clients (see html.py)
          image/png                the logo, inline, referenced by cid:
      application/pdf              attachment, named as the export names the PDF
      application/vnd...document   the DOCX, when asked for

The other formats' bytes come in ``parts`` from the pipeline (renderers never import each
other). The headers: ``X-Unsent: 1`` (Outlook opens the file as a draft to edit and send),
Subject = the headline (RFC 2047 UTF-8 words), Content-Language, the date, and From/To/Cc/
Bcc only where the template's ``[email]`` table sets them (a distribution list, usually Bcc).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable, Mapping
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

from pressdesk.compose.document import Document
from pressdesk.render.eml.html import LOGO_HEIGHT, Logo, mail_html

ATTACHMENTS = {  # part -> (suffix, MIME type), in the order they are attached
    "pdf": (".pdf", "application/pdf"),
    "docx": (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
}
_HEADERS = (("from", "From"), ("to", "To"), ("cc", "Cc"), ("bcc", "Bcc"))
LOGO_CID = "logo@pressdesk.invalid"


class MissingPart(ValueError):
    """The draft was asked for without the plain text or PDF it is made of."""


def _addresses(value: Any, warnings: list[str] | None) -> list[Address]:
    items: Iterable[Any] = [value] if isinstance(value, str) else value or ()
    out = []
    for item in items:
        text = str(item)
        for name, spec in getaddresses([text.replace("\r", " ").replace("\n", " ")]):
            try:
                out.append(Address(display_name=name, addr_spec=spec))
            except (ValueError, IndexError, TypeError):
                if warnings is not None:
                    warnings.append(f"the template's e-mail address {text[:80]!r} was left out")
    return out


def _logo(doc: Document) -> tuple[bytes, str, Logo] | None:
    """The logo's bytes, MIME subtype and size at the logo row's height; None when unreadable."""
    path = doc.identity.logo
    if not (doc.furniture.show_logo and path):
        return None
    try:
        from PIL import Image

        data = Path(path).read_bytes()
        with Image.open(path) as image:
            width, height = image.size
    except Exception:
        return None
    if width <= 0 or height <= 0:
        return None
    subtype = (mimetypes.guess_type(path.name)[0] or "image/png").split("/")[1]
    h = min(LOGO_HEIGHT, height)
    w = max(1, round(width * h / height))
    if w > 240:  # a wide logo keeps to a third of the body
        w, h = 240, max(1, round(height * 240 / width))
    return data, subtype, Logo(LOGO_CID, w, h)


def build_message(doc: Document, parts: Mapping[str, bytes], stem: str = "release",
                  mail: Mapping[str, Any] | None = None, warnings: list[str] | None = None,
                  date: datetime | None = None) -> EmailMessage:
    """The draft as an EmailMessage (``render_eml`` serialises it)."""
    if "txt" not in parts:
        raise MissingPart("the e-mail draft needs the plain text; export it through the pipeline")
    msg = EmailMessage()
    msg["X-Unsent"] = "1"
    for key, header in _HEADERS:
        addresses = _addresses((mail or {}).get(key), warnings)
        if addresses:
            msg[header] = addresses
    msg["Subject"] = " ".join(doc.metadata.title.split()) or stem
    msg["Date"] = format_datetime((date or datetime.now()).astimezone())
    msg.set_content(parts["txt"].decode("utf-8"), subtype="plain")
    logo = _logo(doc)
    msg.add_alternative(mail_html(doc, logo[2] if logo else None), subtype="html")
    if logo:
        html_part = msg.get_body(("html",))
        assert isinstance(html_part, EmailMessage)
        data, subtype, info = logo
        html_part.add_related(data, "image", subtype, cid=f"<{info.cid}>",
                              filename=f"logo.{subtype}", disposition="inline")
    for name, (suffix, mime) in ATTACHMENTS.items():
        if name in parts:
            maintype, subtype = mime.split("/")
            msg.add_attachment(parts[name], maintype=maintype, subtype=subtype,
                               filename=stem + suffix)
    # last: making the message multipart moves the Content-* headers set before to a sub-part
    msg["Content-Language"] = doc.language
    return msg


def render_eml(doc: Document, *, parts: Mapping[str, bytes] | None = None, stem: str = "release",
               mail: Mapping[str, Any] | None = None, warnings: list[str] | None = None) -> bytes:
    """The .eml file's bytes (CRLF line ends, as on the wire)."""
    return build_message(doc, parts or {}, stem, mail, warnings).as_bytes(policy=SMTP)
