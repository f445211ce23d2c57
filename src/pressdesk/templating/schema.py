"""What ``template.toml`` may contain: keys, types and allowed values."""

from __future__ import annotations

import re
from typing import Any

from pressdesk.doctypes import Role

HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
PALETTE = ("accent", "text", "muted", "rule", "quote_background")
LABEL_KEYS = (
    "release_immediate", "release_embargoed", "end_mark", "background_heading",
    "contacts_heading", "about_heading", "notes_heading", "page_label", "dateline",
    "email_label", "phone_label", "list_separator", "quote_open", "quote_close",
    "quote_default_lead_in", "quote_inline", "quote_inline_no_role", "quote_inline_lead",
    "quote_inline_lead_no_role", "quote_attribution", "quote_attribution_no_role", "city_upper",
)  # fmt: skip
_QUOTE_FIELDS = frozenset(
    {"open", "close", "text", "text_said", "text_bare", "speaker", "role", "lead_in"}
)
# Labels that compose fills in with str.format, and the fields each may use.
LABEL_FIELDS: dict[str, frozenset[str]] = {
    "release_embargoed": frozenset({"datetime"}),
    "about_heading": frozenset({"organisation"}),
    "dateline": frozenset({"city", "date"}),
    "quote_inline": _QUOTE_FIELDS,
    "quote_inline_no_role": _QUOTE_FIELDS,
    "quote_inline_lead": _QUOTE_FIELDS,
    "quote_inline_lead_no_role": _QUOTE_FIELDS,
    "quote_attribution": frozenset({"speaker", "role"}),
    "quote_attribution_no_role": frozenset({"speaker", "role"}),
}

# Leaf specs: a type, a tuple of allowed strings, or a callable check returning an error or None.
Num = (int, float)
STYLE_KEYS: dict[str, Any] = {
    "font": ("body", "heading"),
    "size": Num,
    "bold": bool,
    "italic": bool,
    "color": "color",
    "background": "color",
    "space_before": Num,
    "space_after": Num,
    "line_height": Num,
    "align": ("start", "center", "end", "justify"),
    "rule_above": bool,
    "rule_below": bool,
    "rule_color": "color",
    "indent": Num,
    "border_start": Num,
    "keep_with_next": bool,
    "uppercase": bool,
}
SCRIPT_FONTS = {"arabic": str, "latin": str, "hebrew": str}
PER_LANGUAGE = "per-language"  # a table of language tag -> text

SHAPE: dict[str, Any] = {
    "template": {
        "id": "id",
        "name": PER_LANGUAGE,  # text, or a table of language = text (shown in the UI language)
        "version": str,
        "description": PER_LANGUAGE,
        "languages": [str],
        "based_on": str,
        "placeholders": [str],  # keys whose texts are placeholders (see completeness.py)
    },
    "page": {
        "size": ("A4", "Letter", "a4", "letter"),
        "margin_top_mm": Num,
        "margin_bottom_mm": Num,
        "margin_start_mm": Num,
        "margin_end_mm": Num,
    },
    "fonts": {"body": SCRIPT_FONTS, "heading": SCRIPT_FONTS},
    "colors": {name: "color" for name in PALETTE},
    "styles": {role.value: STYLE_KEYS for role in Role},
    "quote": {"style": ("inline", "pull")},
    "dateline": {"digits": ("latn", "arab", "arabext")},
    "labels": "labels",
    "header": {"show_logo": bool, "show_name": bool, "text": PER_LANGUAGE},
    "footer": {"page_numbers": bool, "text": PER_LANGUAGE},
    "identity": {
        "logo": str,
        "name": PER_LANGUAGE,
        "boilerplate": PER_LANGUAGE,
        "contacts": "contacts",
    },
    "spelling": {"english": ("en-GB", "en-US")},
    "checks": {"headline_max_chars": int},
    "skeleton": {"language": str, "body": "skeleton", "background": int, "notes": int},
    "html": {"layout": str},
    # the e-mail draft's addresses: one address or a list (a distribution list usually in bcc)
    "email": {"from": "addresses", "to": "addresses", "cc": "addresses", "bcc": "addresses"},
}
