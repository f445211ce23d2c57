"""Errors that renderers raise and the pipeline understands."""


class LayoutError(ValueError):
    """A template's HTML layout that fails to render (reported, then the default is used)."""
