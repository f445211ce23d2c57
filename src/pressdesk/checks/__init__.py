"""The pre-flight check: one set of rules for ``pressdesk check``, the Check panel and export.

``run_checks`` gives findings with a path into the release, a kind, a severity
(``error``, ``warning``, ``info``) and a message id that ``Finding.message`` turns into
the UI language. No Qt here.
"""

from __future__ import annotations

import datetime as dt

from pressdesk.checks.finding import (
    ERROR,
    INFO,
    SEVERITIES,
    WARNING,
    Finding,
    has_errors,
    path_parts,
    path_text,
)
from pressdesk.checks.rules import RULES, Context
from pressdesk.model import Release
from pressdesk.spelling import SpellChecker
from pressdesk.templating.template import Template

_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


def run_checks(release: Release, template: Template, *, checker: SpellChecker | None = None,
               now: dt.datetime | None = None, headline_max: int | None = None,
               suggestions: bool = True) -> list[Finding]:
    """Every finding for ``release`` with ``template``, errors first, then in reading order.

    ``checker`` None skips spelling; ``now`` (aware) is the moment embargoes and the
    dateline are measured against.
    """
    ctx = Context(release, template, now or dt.datetime.now(dt.UTC).astimezone(),
                  checker, headline_max, suggestions)
    findings = [f for rule in RULES for f in rule(ctx)]
    return sorted(findings, key=lambda f: _ORDER.get(f.severity, 3))


__all__ = [
    "ERROR", "INFO", "SEVERITIES", "WARNING", "Finding", "has_errors", "path_parts", "path_text",
    "run_checks",
]  # fmt: skip
