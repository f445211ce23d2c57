"""Numbering systems: the one table of digits, and page labels in the document's digits.

Compose decides which system a document uses (``PageFurniture.digits``); every renderer
formats numbers with these functions and keeps no table of its own.
"""

from __future__ import annotations

DIGITS = {
    "latn": "0123456789",
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
}
_TABLES = {name: str.maketrans(DIGITS["latn"], digits) for name, digits in DIGITS.items()}


def to_digits(text: str, system: str) -> str:
    """Replace Latin digits with those of a numbering system (latn, arab, arabext)."""
    table = _TABLES.get(system)
    return text.translate(table) if table and system != "latn" else text


def digit(value: int, system: str) -> str:
    """One digit (0-9) in ``system``; Latin for an unknown system."""
    return DIGITS.get(system, DIGITS["latn"])[value]


def page_label(template: str, page: int, pages: int, system: str) -> str:
    """``"صفحة {page} من {pages}"`` with the numbers in the document's digits."""
    return (template.replace("{page}", to_digits(str(page), system))
            .replace("{pages}", to_digits(str(pages), system)))
