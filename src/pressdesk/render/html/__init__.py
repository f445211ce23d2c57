"""HTML export: one self-contained, valid HTML5 file from a sandboxed, autoescaping Jinja2 template."""

from pressdesk.render.html.render import render_html

__all__ = ["render_html"]
