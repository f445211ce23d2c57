"""Entry point of the bundled executable: the ``pressdesk`` command (no command or a file: the app)."""

import sys

from pressdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
