"""One running PressDesk per user: a second start hands its files to the first and exits.

The first instance listens on a local socket (``QLocalServer``: a Unix socket, a named pipe on
Windows) named from the user and the settings folder. A later ``pressdesk FILE`` connects,
sends one JSON line ``{"open": [absolute paths]}`` and waits for ``ok``; the running window
comes to the front and opens the file. macOS sends files opened from the Finder as
``QFileOpenEvent``s instead; ``FileOpenFilter`` turns those into the same signal.
``PRESSDESK_SINGLE_INSTANCE=0`` turns it all off (every start is a new process).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from pressdesk import paths

CONNECT_MS = 1000
REPLY_MS = 5000  # the running app may be busy a moment (loading, a long export)
MAX_MESSAGE = 256 * 1024


def enabled() -> bool:
    return os.environ.get("PRESSDESK_SINGLE_INSTANCE", "1").strip().lower() not in {"0", "no", "false"}


def server_name() -> str:
    """Per user and per settings folder, so test runs and other users never meet."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in a bare container
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}\n{paths.config_dir().resolve()}"
    return f"pressdesk-{hashlib.sha256(key.encode()).hexdigest()[:16]}"


def encode(files: list[str]) -> bytes:
    return (json.dumps({"open": files}, ensure_ascii=True) + "\n").encode("ascii")


def decode(data: bytes) -> list[str] | None:
    """The files of one message, or None when it is not a message of ours."""
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    files = message.get("open") if isinstance(message, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return files


def send_to_running(files: list[str], name: str | None = None) -> bool:
    """Hand ``files`` (resolved here, against this process's folder) to a running PressDesk.

    True when one took them; False when none runs (or it did not answer), so start normally.
    """
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    try:
        socket.write(encode([str(Path(f).resolve()) for f in files]))
        if not socket.waitForBytesWritten(REPLY_MS):
            return False
        reply = b""
        while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_MS):
            reply += socket.readAll().data()
        return reply.strip() == b"ok"
    finally:
        socket.abort()


class InstanceServer(QObject):
    """Listens for later starts; ``files_received`` carries the files each one sent."""

    files_received = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False when another instance already does (or the socket fails).

        Qt on Unix would replace a live instance's socket file, so ask first whether one answers.
        """
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(200):
            probe.abort()
            return False  # another instance started at the same moment: it serves
        QLocalServer.removeServer(self.name)  # a socket file left behind by a crashed instance
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + socket.readAll().data()
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                self._reply(socket, b"error\n")
            else:
                self._buffers[socket] = data
            return
        files = decode(data.split(b"\n", 1)[0])
        self._reply(socket, b"error\n" if files is None else b"ok\n")
        if files is not None:
            self.files_received.emit(files)

    def _reply(self, socket: QLocalSocket, answer: bytes) -> None:
        self._buffers.pop(socket, None)
        socket.write(answer)
        socket.flush()
        socket.disconnectFromServer()

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        with contextlib.suppress(RuntimeError):  # already deleted with the server
            socket.deleteLater()


class FileOpenFilter(QObject):
    """macOS: files opened from the Finder (or dropped on the Dock icon) arrive as events."""

    files_received = Signal(list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.files_received.emit([event.file()])
            return True
        return super().eventFilter(watched, event)


class ExternalFiles(QObject):
    """Files from outside: bring the window to the front, open the file once no dialog is open.

    Only the first file of the latest request is opened (as ``pressdesk A B`` opens A);
    ``open_file`` asks about unsaved changes first.
    """

    def __init__(self, window: QWidget, open_file: Callable[[Path], object]) -> None:
        super().__init__(window)
        self.window = window
        self.open_file = open_file
        self.pending: Path | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._flush)

    def receive(self, files: list[str]) -> None:
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        if files:
            self.pending = Path(files[0])
            QTimer.singleShot(0, self._flush)
            self._timer.start()

    def _flush(self) -> None:
        if QApplication.activeModalWidget() is not None:
            return  # a dialog is open: try again when it is closed
        self._timer.stop()
        path, self.pending = self.pending, None
        if path is not None:
            self.open_file(path)
