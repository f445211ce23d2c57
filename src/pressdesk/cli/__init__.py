"""The ``pressdesk`` command line: the same pipeline as the app, with no Qt widgets."""
