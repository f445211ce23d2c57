"""Plain-text export: the release for wire services and for pasting, UTF-8, one line per paragraph."""

from pressdesk.render.txt.text import plain_text, render_txt

__all__ = ["plain_text", "render_txt"]
