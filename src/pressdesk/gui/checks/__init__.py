"""The pre-flight check in the app: the Check panel and the export dialog's summary."""

from pressdesk.gui.checks.panel import CheckPanel, install_check_panel
from pressdesk.gui.checks.preflight import PreflightBox

__all__ = ["CheckPanel", "PreflightBox", "install_check_panel"]
