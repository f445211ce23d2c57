"""E-mail draft export: a MIME message with the release as plain text and mail-client HTML,
the logo inline and the PDF (optionally the DOCX) attached; mail clients open it unsent."""

from pressdesk.render.eml.message import build_message, render_eml

__all__ = ["build_message", "render_eml"]
