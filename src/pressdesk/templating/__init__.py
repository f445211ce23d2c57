"""Templates: one style specification for HTML, DOCX and PDF, and the libraries that hold them."""

from pressdesk.templating.errors import TemplateError
from pressdesk.templating.library import (
    TemplateInfo,
    builtin_template,
    find_template,
    list_templates,
    resolve_for_release,
)
from pressdesk.templating.template import Template, load_template

__all__ = [
    "Template",
    "TemplateError",
    "TemplateInfo",
    "builtin_template",
    "find_template",
    "list_templates",
    "load_template",
    "resolve_for_release",
]
