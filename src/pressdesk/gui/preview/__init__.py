"""Previews beside the form: the live text preview and the real PDF pages."""
