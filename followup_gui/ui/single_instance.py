"""One writer per store: a lock file beside it, and a local socket to wake the running app.

Starting the app a second time on the same store brings the running window to the front
instead of opening a second writer. A lock left by a killed app is taken over. The
socket is a local one (a Unix socket or a Windows named pipe): nothing leaves the machine.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_SUFFIX = ".lock"
WAKE_MESSAGE = b"show\n"
CONNECT_TIMEOUT_MS = 1000


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + LOCK_SUFFIX)


def server_name(store_path: Path) -> str:
    """A name per user and store file, short enough for every platform's socket paths."""
    key = f"{getpass.getuser()}\0{store_path.resolve()}".encode()
    return "followup-gui-" + hashlib.sha256(key).hexdigest()[:20]


class StoreLock:
    """The lock file that makes one process the store's only writer."""

    def __init__(self, store_path: Path) -> None:
        store_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.lock = QLockFile(str(lock_path(store_path)))
        self.lock.setStaleLockTime(0)  # a lock is stale only when its process is gone

    def acquire(self) -> bool:
        if self.lock.tryLock(100):
            return True
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            return False
        self.lock.removeStaleLockFile()
        return self.lock.tryLock(100)

    def holder(self) -> str:
        """Who holds it, in words for a message: "process 1234 on laptop"."""
        info = self.lock.getLockInfo()  # (pid, hostname, appname), or a falsy value
        if not info:
            return "?"
        pid, host = info[0], info[1]
        return f"{pid} @ {host}"

    def release(self) -> None:
        self.lock.unlock()


class InstanceServer(QObject):
    """Listens for a second start of the app and asks for the window to be shown."""

    wake_requested = Signal()

    def __init__(self, store_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(store_path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        QLocalServer.removeServer(self.name)  # a socket left by a killed app
        return self.server.listen(self.name)

    @Slot()
    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(WAKE_MESSAGE.strip()):
            self.wake_requested.emit()


def wake_running_instance(store_path: Path) -> bool:
    """Ask the app that has ``store_path`` open to show itself; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(store_path))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(WAKE_MESSAGE)
    sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return sent
