"""A TCP proxy between a kiosk and its site's server, for tests: pass bytes through, cut the link, or
hold the server's replies back for a while (the server has done the work; the kiosk hears of it late).

    proxy = TcpProxy(("127.0.0.1", server_port)); proxy.start()
    url = f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/db"
    proxy.cut()            # every connection closed, new ones refused, until restore()
    proxy.delay(2.0)       # replies reach the kiosk 2 s late (requests still go through at once)
"""

from __future__ import annotations

import queue
import socket
import threading
import time


class TcpProxy:
    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._cut = False
        self._delay_s = 0.0
        self._running = True

    def start(self) -> TcpProxy:
        threading.Thread(target=self._accept, name="proxy-accept", daemon=True).start()
        return self

    def cut(self) -> None:
        with self._lock:
            self._cut = True
            sockets, self._open = self._open, []
        for sock in sockets:
            _close(sock)

    def restore(self) -> None:
        with self._lock:
            self._cut = False
            self._delay_s = 0.0

    def delay(self, seconds: float) -> None:
        with self._lock:
            self._delay_s = seconds

    def close(self) -> None:
        self._running = False
        self.cut()
        _close(self._listener)

    def _accept(self) -> None:
        while self._running:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                refused = self._cut
            if refused:
                _close(client)
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=5)
                server.settimeout(None)
            except OSError:
                _close(client)
                continue
            with self._lock:
                self._open += [client, server]
            threading.Thread(target=self._pump, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, True), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, replies: bool) -> None:
        outbox: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
        sender = threading.Thread(target=self._send, args=(outbox, target), daemon=True)
        sender.start()
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                with self._lock:
                    due = time.monotonic() + (self._delay_s if replies else 0.0)
                outbox.put((due, data))
        except OSError:
            pass
        finally:
            outbox.put(None)

    @staticmethod
    def _send(outbox: queue.Queue[tuple[float, bytes] | None], target: socket.socket) -> None:
        while True:
            item = outbox.get()
            if item is None:
                break
            due, data = item
            pause = due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            try:
                target.sendall(data)
            except OSError:
                break
        _close(target)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
