"""The main window's actions, menus and toolbar, with standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from pressdesk.gui import import_action
from pressdesk.gui.icons import icon

if TYPE_CHECKING:
    from pressdesk.gui.main_window import MainWindow

_K = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass
class Actions:
    new: QAction
    open: QAction
    import_: QAction
    save: QAction
    save_as: QAction
    export: QAction
    send_email: QAction
    save_template: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    print_: QAction
    find: QAction
    replace: QAction
    find_next: QAction
    find_previous: QAction
    add_paragraph: QAction
    add_quote: QAction
    duplicate: QAction
    remove: QAction
    move_up: QAction
    move_down: QAction
    templates: QAction
    new_template: QAction
    edit_template: QAction
    show_preview: QAction
    show_pages: QAction
    settings: QAction
    about: QAction
    recent: QMenu
    toolbar: QToolBar


def _action(window: MainWindow, text: str, slot: Callable[[], object], icon_name: str = "",
            keys: list[QKeySequence | _K | str] | None = None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if keys:
        sequences: list[QKeySequence] = []
        for key in keys:
            found = QKeySequence.keyBindings(key) if isinstance(key, _K) else [QKeySequence(key)]
            sequences += [s for s in found if not s.isEmpty() and s not in sequences]
        action.setShortcuts(sequences)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _=False: slot())
    return action


def build(window: MainWindow) -> Actions:
    w, files, stack = window, window.files, window.editor.undo_stack
    a = {
        "new": _action(w, _tr("&New…"), files.new, "new", [_K.New], _tr("Start a release from a template")),
        "open": _action(w, _tr("&Open…"), files.open, "open", [_K.Open], _tr("Open a release file")),
        "import_": _action(w, _tr("&Import…"), lambda: import_action.choose_and_import(w), "open",
                           ["Ctrl+I"], _tr("Import a Word file, text, web page or Markdown as a release")),
        "save": _action(w, _tr("&Save"), files.save, "save", [_K.Save], _tr("Save the release")),
        "save_as": _action(w, _tr("Save &As…"), files.save_as, "save-as", [_K.SaveAs]),
        "export": _action(w, _tr("&Export…"), w.export, "export", ["Ctrl+E"],
                          _tr("Export to PDF, Word (DOCX) and HTML")),
        "print_": _action(w, _tr("&Print…"), w.print_release, "print", [_K.Print],
                          _tr("Print the release as its PDF")),
        "find": _action(w, _tr("&Find…"), w.open_find, "find", [_K.Find], _tr("Find text in every field")),
        "replace": _action(w, _tr("Find and &Replace…"), w.open_replace, "find", ["Ctrl+H"],
                           _tr("Find and replace text in every field")),
        "find_next": _action(w, _tr("Find &Next"), w.find_bar_next, "", [_K.FindNext, "F3"]),
        "find_previous": _action(w, _tr("Find Pre&vious"), w.find_bar_previous, "",
                                 [_K.FindPrevious, "Shift+F3"]),
        "send_email": _action(w, _tr("Send by E-&mail…"), w.send_by_email, "export", [],
                              _tr("Open an e-mail draft with the release and its PDF attached")),
        "save_template": _action(w, _tr("Save as &Template…"), w.save_as_template, "template"),
        "quit": _action(w, _tr("&Quit"), w.close, "quit", [_K.Quit, "Ctrl+Q"]),
        "add_paragraph": _action(w, _tr("Add &Paragraph"), lambda: w.add_block("paragraph"), "paragraph",
                                 ["Ctrl+Return"], _tr("Add a paragraph after the current block")),
        "add_quote": _action(w, _tr("Add &Quote"), lambda: w.add_block("quote"), "quote",
                             ["Ctrl+Shift+Return"], _tr("Add a quote after the current block")),
        "duplicate": _action(w, _tr("&Duplicate Block"), w.duplicate_block, "duplicate", ["Ctrl+D"]),
        "remove": _action(w, _tr("&Remove Block"), w.remove_block, "remove", ["Ctrl+Shift+Delete"]),
        "move_up": _action(w, _tr("Move Block &Up"), lambda: w.move_block(-1), "up",
                           ["Alt+Up", "Ctrl+Shift+Up"]),
        "move_down": _action(w, _tr("Move Block Do&wn"), lambda: w.move_block(1), "down",
                             ["Alt+Down", "Ctrl+Shift+Down"]),
        "templates": _action(w, _tr("&Manage Templates…"), w.manage_templates, "template"),
        "new_template": _action(w, _tr("&New Template…"), lambda: w.edit_template(new=True), "new",
                                tip=_tr("Make a template: organisation, logo, texts, look")),
        "edit_template": _action(w, _tr("&Edit Template…"), lambda: w.edit_template(new=False),
                                 "template", tip=_tr("Edit the template of this release")),
        "show_preview": _action(w, _tr("&Live Preview"), lambda: w.show_tab(0), "preview", ["Ctrl+1"]),
        "show_pages": _action(w, _tr("&Page Preview"), lambda: w.show_tab(1), "pages", ["Ctrl+2"]),
        "settings": _action(w, _tr("&Settings…"), w.open_settings, "settings", [_K.Preferences, "Ctrl+,"]),
        "about": _action(w, _tr("&About PressDesk"), w.about, "about"),
    }
    undo = stack.createUndoAction(w, _tr("Undo"))
    undo.setIcon(icon("undo"))
    undo.setShortcuts(QKeySequence.keyBindings(_K.Undo))
    redo = stack.createRedoAction(w, _tr("Redo"))
    redo.setIcon(icon("redo"))
    redo.setShortcuts([*QKeySequence.keyBindings(_K.Redo),
                       *[QKeySequence(k) for k in ("Ctrl+Y", "Ctrl+Shift+Z")
                         if QKeySequence(k) not in QKeySequence.keyBindings(_K.Redo)]])
    a["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
    a["about"].setMenuRole(QAction.MenuRole.AboutRole)
    a["quit"].setMenuRole(QAction.MenuRole.QuitRole)
    for action in (*a.values(), undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    bar = w.menuBar()
    m = bar.addMenu(_tr("&File"))
    m.addActions([a["new"], a["open"]])
    recent = m.addMenu(icon("open"), _tr("Open &Recent"))
    recent.aboutToShow.connect(lambda: files.fill_recent_menu(recent))
    m.addAction(a["import_"])
    m.addSeparator()
    m.addActions([a["save"], a["save_as"]])
    m.addSeparator()
    m.addActions([a["export"], a["send_email"], a["save_template"]])
    m.addSeparator()
    m.addAction(a["print_"])
    m.addSeparator()
    m.addAction(a["quit"])

    m = bar.addMenu(_tr("&Edit"))
    m.addActions([undo, redo])
    m.addSeparator()
    m.addActions([a["find"], a["replace"], a["find_next"], a["find_previous"]])
    m.addSeparator()
    m.addActions([a["add_paragraph"], a["add_quote"], a["duplicate"], a["remove"]])
    m.addSeparator()
    m.addActions([a["move_up"], a["move_down"]])

    m = bar.addMenu(_tr("&Templates"))
    m.addActions([a["new_template"], a["edit_template"]])
    m.addSeparator()
    m.addActions([a["templates"], a["save_template"]])
    m = bar.addMenu(_tr("&View"))
    m.addActions([a["show_preview"], a["show_pages"]])
    m = bar.addMenu(_tr("&Settings"))
    m.addAction(a["settings"])
    m = bar.addMenu(_tr("&Help"))
    m.addAction(a["about"])

    toolbar = QToolBar(_tr("Main toolbar"), w)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([a["new"], a["open"], a["save"]])
    toolbar.addSeparator()
    toolbar.addActions([undo, redo])
    toolbar.addSeparator()
    toolbar.addActions([a["add_paragraph"], a["add_quote"]])
    toolbar.addSeparator()
    toolbar.addActions([a["export"], a["print_"]])
    w.addToolBar(toolbar)
    return Actions(undo=undo, redo=redo, recent=recent, toolbar=toolbar, **a)
