"""The release file's problems (``ReleaseError.problems``) in the UI language.

The model stays free of Qt and writes its messages in English, as the CLI prints them;
here, at the GUI edge, each known message shape is matched and rebuilt from its
translation. A message of an unknown shape is shown as it is: never lost, never blank.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

CONTEXT = "ReleaseMessages"

# The English shapes, exactly as pressdesk.model writes them; {name} marks a value.
SHAPES = (
    QT_TRANSLATE_NOOP("ReleaseMessages", "{path}: expected text, got {kind}"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "{path}: text longer than {n} characters"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "{path}: expected an object, got {kind}"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "{path}: expected a list, got {kind}"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "expected a JSON object at the top, got {kind}"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "format: expected {expected}, got {got}"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "version: expected a whole number, got {kind}"),
    QT_TRANSLATE_NOOP("ReleaseMessages",
                      "this release was written by a newer PressDesk (file format version {version}; "
                      "this version reads up to {supported}). Update PressDesk to open it."),
    QT_TRANSLATE_NOOP("ReleaseMessages", "version: {version} is not a valid format version"),
    QT_TRANSLATE_NOOP("ReleaseMessages",
                      "language: {got} is not a language tag like 'ar', 'ar-EG', 'en'"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "release.until: an embargoed release needs a date-time"),
    QT_TRANSLATE_NOOP("ReleaseMessages",
                      "release.until: expected an ISO date-time with offset like "
                      "2021-11-30T10:00:00+02:00, got {got}"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "dateline.date: expected a date like 2021-11-30, got {got}"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "{path}: expected one of {choices}, got {got}"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "boilerplate: expected text or null, got {kind}"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "digits: expected one of {choices} or null"),
    QT_TRANSLATE_NOOP("ReleaseMessages",
                      "the file is {size} MB; a release file is at most {limit} MB, so this is not one"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "no such file"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "this is a folder, not a release file"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "permission denied"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "cannot read the file ({reason})"),
    QT_TRANSLATE_NOOP("ReleaseMessages",
                      "not UTF-8 text (bad byte at position {position}); is this a release file?"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "the file is empty"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "not valid JSON at line {line}, column {column}: {reason}"),
    QT_TRANSLATE_NOOP("ReleaseMessages", "the JSON is nested too deeply"),
)
# What _kind() in the model calls a JSON value.
KINDS = {
    "true/false": QT_TRANSLATE_NOOP("ReleaseMessages", "true/false"),
    "a number": QT_TRANSLATE_NOOP("ReleaseMessages", "a number"),
    "text": QT_TRANSLATE_NOOP("ReleaseMessages", "text"),
    "a list": QT_TRANSLATE_NOOP("ReleaseMessages", "a list"),
    "an object": QT_TRANSLATE_NOOP("ReleaseMessages", "an object"),
    "null": QT_TRANSLATE_NOOP("ReleaseMessages", "null"),
}
LTR_VALUES = ("path", "got", "expected", "choices")  # file syntax: read left to right


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for shape in map(str, SHAPES):
        parts = re.split(r"\{(\w+)\}", shape)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        out.append((re.compile(f"^{regex}$", re.S), shape))
    return out


def translate_problem(problem: str) -> str:
    """One problem in the UI language (unchanged when its shape is unknown)."""
    for pattern, shape in _patterns():
        match = pattern.match(problem)
        if match is None:
            continue
        values = match.groupdict()
        if "kind" in values and values["kind"] in KINDS:
            values["kind"] = QCoreApplication.translate(CONTEXT, str(KINDS[values["kind"]]))
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for name in LTR_VALUES if rtl else ():
            if name in values:
                values[name] = "\u2066" + values[name] + "\u2069"
        return QCoreApplication.translate(CONTEXT, shape).format(**values)
    return problem


def translate_problems(problems: list[str]) -> list[str]:
    return [translate_problem(p) for p in problems]
