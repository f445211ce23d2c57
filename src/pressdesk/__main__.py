"""``python -m pressdesk``."""

import sys

from pressdesk.cli.main import main

sys.exit(main())
