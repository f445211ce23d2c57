"""Tests of the DOCX renderer (pressdesk.render.docx)."""
