"""The app's dialogs: export, template library, save as template, settings.

Each dialog takes its data in its constructor, reads and writes settings itself and reports
every failure in words inside the dialog.
"""

from pressdesk.gui.dialogs.export_dialog import ExportDialog
from pressdesk.gui.dialogs.save_template import SaveAsTemplateDialog
from pressdesk.gui.dialogs.settings_dialog import SettingsDialog
from pressdesk.gui.dialogs.template_manager import TemplateManagerDialog

__all__ = ["ExportDialog", "SaveAsTemplateDialog", "SettingsDialog", "TemplateManagerDialog"]
