"""Make any text safe for XML 1.0 before python-docx / lxml sees it."""

from __future__ import annotations

import re

# C0 controls except TAB, LF and CR, plus the two non-characters XML 1.0 forbids.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def xml_safe(text: str | None) -> str:
    """``text`` without the characters XML 1.0 forbids (lxml raises on them).

    C0 controls (other than tab, line feed and carriage return) and U+FFFE/U+FFFF are
    removed. Surrogate code points are joined when they form a valid pair (text that
    went through a UTF-16 API) and lone ones become U+FFFD, so nothing is silently lost.
    """
    if not text:
        return ""
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return _FORBIDDEN.sub("", text)
