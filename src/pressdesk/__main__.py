"""``python -m pressdesk``."""

from pressdesk.cli.main import run

run()
