"""Single instance: a second start hands its file to the running PressDesk (QLocalServer)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QDialog

from conftest import ARABIC_SAMPLE, DATA, ROOT
from pressdesk.gui import single_instance as si

FRENCH = DATA / "fr.pressrelease"


@pytest.fixture
def server(qapp, tmp_path):
    srv = si.InstanceServer(f"pressdesk-test-{os.getpid()}-{tmp_path.name}")
    assert srv.listen()
    yield srv
    srv.close()


def _client(name: str, files: list[str], cwd: Path) -> subprocess.Popen[str]:
    code = ("import sys; from pressdesk.gui.single_instance import send_to_running\n"
            f"sys.exit(0 if send_to_running({files!r}, {name!r}) else 3)")
    return subprocess.Popen([sys.executable, "-c", code], cwd=cwd, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_messages_round_trip_and_garbage_is_refused() -> None:
    files = ["/tmp/بيان.pressrelease", "C:\\x\\y.pressrelease"]
    assert si.decode(si.encode(files).strip()) == files
    for bad in (b"", b"\xff", b"[1]", b'{"open": "x"}', b'{"open": [1]}', b"null"):
        assert si.decode(bad) is None


def test_a_second_start_hands_its_file_resolved_against_its_own_folder(server, qtbot, tmp_path) -> None:
    (tmp_path / "rel.pressrelease").write_text("{}", encoding="utf-8")
    with qtbot.waitSignal(server.files_received, timeout=15000) as got:
        client = _client(server.name, ["rel.pressrelease"], tmp_path)
    assert got.args == [[str(tmp_path / "rel.pressrelease")]]
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=15000)
    assert client.returncode == 0, client.stderr.read() if client.stderr else ""


def test_no_running_instance_means_start_normally(qapp, tmp_path) -> None:
    start = time.perf_counter()
    assert not si.send_to_running(["x.pressrelease"], f"pressdesk-nobody-{tmp_path.name}")
    assert time.perf_counter() - start < 1.0


def test_a_second_server_with_the_same_name_does_not_take_over(server) -> None:
    other = si.InstanceServer(server.name)
    assert not other.listen()
    assert server.server.isListening()


def test_a_socket_left_by_a_crashed_instance_is_replaced(qapp, tmp_path) -> None:
    if sys.platform == "win32":
        pytest.skip("named pipes vanish with their process")
    name = f"pressdesk-stale-{os.getpid()}-{tmp_path.name}"
    code = ("import os; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([])\n"
            "from pressdesk.gui.single_instance import InstanceServer\n"
            f"s = InstanceServer({name!r}); assert s.listen(); os._exit(0)")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    srv = si.InstanceServer(name)
    try:
        assert srv.listen()
    finally:
        srv.close()


def test_garbage_gets_an_error_and_no_signal(server, qtbot) -> None:
    received: list[list[str]] = []
    server.files_received.connect(received.append)
    socket = QLocalSocket()
    socket.connectToServer(server.name)
    assert socket.waitForConnected(2000)
    socket.write(b"GET / HTTP/1.0\n")
    socket.flush()
    connected = QLocalSocket.LocalSocketState.ConnectedState
    qtbot.waitUntil(lambda: socket.bytesAvailable() > 0 or socket.state() != connected, timeout=5000)
    assert socket.readAll().data() == b"error\n"
    assert received == []


def test_external_files_raise_the_window_and_wait_for_an_open_dialog(qapp, qtbot) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    opened: list[Path] = []
    external = si.ExternalFiles(window, opened.append)
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    external.receive(["/a.pressrelease", "/b.pressrelease"])
    assert not window.isMinimized()
    qtbot.wait(400)
    assert opened == []  # not under an open dialog
    dialog.close()
    qtbot.waitUntil(lambda: opened == [Path("/a.pressrelease")], timeout=3000)


def test_two_app_processes_one_window(tmp_path) -> None:
    """End to end: the second ``pressdesk FILE`` exits at once and the first opens FILE."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", PRESSDESK_CONFIG_DIR=str(tmp_path / "config"),
               PRESSDESK_DATA_DIR=str(tmp_path / "data"))
    env.pop("PRESSDESK_QUIT_AFTER_SHOW", None)
    command = [sys.executable, "-m", "pressdesk"]
    first = subprocess.Popen([*command, str(ARABIC_SAMPLE)], env=env, cwd=ROOT, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    settings = tmp_path / "config" / "settings.json"

    def recent() -> list[str]:
        try:
            return list(json.loads(settings.read_text("utf-8")).get("recent_files", []))
        except (OSError, ValueError):
            return []

    try:
        deadline = time.monotonic() + 60
        while str(ARABIC_SAMPLE) not in recent() and time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            time.sleep(0.1)
        time.sleep(0.5)  # the first window is up and listening
        second = subprocess.run([*command, FRENCH.name], env=env, cwd=FRENCH.parent,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "window shown" not in second.stdout
        deadline = time.monotonic() + 30
        while str(FRENCH) not in recent() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert recent()[:1] == [str(FRENCH)]
        assert first.poll() is None  # still the one window
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_a_file_open_event_names_its_file(qapp) -> None:  # type: ignore[no-untyped-def]
    """macOS's Finder opens files with QFileOpenEvent; the filter turns it into a request."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QFileOpenEvent

    finder = si.FileOpenFilter()
    got: list[list[str]] = []
    finder.files_received.connect(got.append)
    assert finder.eventFilter(QObject(), QFileOpenEvent("/tmp/بيان.pressrelease"))
    assert got == [["/tmp/بيان.pressrelease"]]


def test_no_filter_on_every_event_where_there_are_no_file_open_events(qapp, tmp_path,  # type: ignore[no-untyped-def]
                                                                       monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    from pressdesk.gui import app as gui_app

    installed: list[object] = []
    monkeypatch.setattr(qapp, "installEventFilter", installed.append, raising=False)
    monkeypatch.setattr(si.InstanceServer, "listen", lambda self: True)
    window = QWidget()
    window.files = type("Files", (), {"open_path": staticmethod(lambda path: None)})()  # type: ignore[attr-defined]
    gui_app.listen_for_files(qapp, window)  # type: ignore[arg-type]
    assert [type(f) for f in installed] == ([si.FileOpenFilter] if sys.platform == "darwin" else [])
    window.deleteLater()
