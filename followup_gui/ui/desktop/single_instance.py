"""A second start of the app brings the running window to the front.

The app that holds a store's lock (``store_lock.py``) listens on a local socket named
after the user and the store; a second start that cannot take the lock asks it to show
itself, instead of opening a second writer. The socket is a local one (a Unix socket or
a Windows named pipe): nothing leaves the machine.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAKE_MESSAGE = b"show\n"
CONNECT_TIMEOUT_MS = 1000


def server_name(store_path: Path) -> str:
    """A name per user and store file, short enough for every platform's socket paths."""
    key = f"{getpass.getuser()}\0{store_path.resolve()}".encode()
    return "followup-gui-" + hashlib.sha256(key).hexdigest()[:20]


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

    def close(self) -> None:
        """Stop listening (the socket file goes too), e.g. before a restart."""
        self.server.close()

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
