"""PressDesk: press releases in Arabic and other languages, exported to PDF, DOCX and HTML."""

__version__ = "0.1.0"
