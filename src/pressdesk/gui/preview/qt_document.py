"""Build the preview's QTextDocument.

For a release of usual length a fresh document, filled at the browser's width and swapped
in, is faster than ``QTextBrowser.setHtml`` (about 9 ms against 14 for the sample, painting
included) and never shows a half-built page. Embedded images (the template's logo, a
``data:`` URI) are decoded once and handed to each new document as a resource.

A very long release is better served by ``setHtml``, which lays out what is on screen
first (a swapped-in document is laid out whole: about 60 ms for 5,000 words);
``SMALL_BLOCKS`` decides. ``benchmarks/bench_gui.py`` measures both.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QImage, QTextDocument

SMALL_BLOCKS = 60  # paragraphs that lay out in a few milliseconds
_DATA_URI = re.compile(r'src="data:image/[\w.+-]+;base64,([A-Za-z0-9+/=]+)"')


@lru_cache(maxsize=8)
def _image(data: str) -> QImage:
    return QImage.fromData(base64.b64decode(data))


def build_document(html: str, parent: QObject, width: float, margin: float) -> QTextDocument:
    images: dict[str, QImage] = {}

    def named(match: re.Match[str]) -> str:
        name = "pd-image:" + hashlib.sha1(match.group(1).encode()).hexdigest()[:16]
        images[name] = _image(match.group(1))
        return f'src="{name}"'

    html = _DATA_URI.sub(named, html)
    document = QTextDocument(parent)
    document.setDocumentMargin(margin)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    if width > 0:
        document.setTextWidth(width)  # the browser's width: no second layout when shown
    return document
