"""A template's own HTML layout, test-rendered on sample releases before anyone relies on it.

Loading a template only reads its layout (``pressdesk.templating.layout``); this renders it
in the sandbox, as an export would, so ``pressdesk templates validate`` and the template
manager can report what only rendering shows (a failing expression, a layout too slow or too
large). An export whose layout fails still falls back to the default layout.
"""

from __future__ import annotations

from pressdesk.compose.samples import sample_documents
from pressdesk.render.html.render import context
from pressdesk.render.html.sandbox import layout_problems
from pressdesk.templating.template import Template


def check_layout(template: Template, *, seconds: float | None = None) -> list[str]:
    """Every problem of ``template``'s HTML layout, each prefixed ``html.layout:``; [] if none."""
    source = template.layout_source
    if not source:
        return []
    contexts = [context(doc) for doc in sample_documents(template)]
    return [f"html.layout: {p}" for p in layout_problems(source, contexts, seconds=seconds)]
