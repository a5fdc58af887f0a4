"""The HTTP connection as uvicorn's h11 protocol serves it, with two guards it lacks.

uvicorn closes an idle keep-alive connection, but not one that has opened and sends
nothing, or sends a header line every few seconds: 500 of those fill a worker and every
other client is refused. So here a request's headers must arrive whole within
HEADER_SECONDS of the connection opening (or of the previous response), and a worker
that is full makes room by closing the connection that has waited longest without a
request, rather than refusing the newcomer.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

MAX_CONNECTIONS = 512  # per worker
HEADER_SECONDS = 5.0  # a browser sends its headers in milliseconds


class GuardedH11Protocol(H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_deadline: asyncio.TimerHandle | None = None
        self._waiting_since = 0.0

    @property
    def waiting_for_headers(self) -> bool:
        return self._header_deadline is not None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        if len(self.connections) >= MAX_CONNECTIONS:
            self._make_room()
        super().connection_made(transport)
        self._expect_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_waiting()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        cycle = self.cycle
        super().data_received(data)
        if self.cycle is not cycle:  # a request's headers arrived whole
            self._stop_waiting()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # unless a pipelined request has already started, the next one is awaited
        if not self.transport.is_closing() and self.cycle.response_complete:
            self._expect_headers()

    def _expect_headers(self) -> None:
        self._stop_waiting()
        self._waiting_since = self.loop.time()
        self._header_deadline = self.loop.call_later(HEADER_SECONDS, self._drop)

    def _stop_waiting(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _drop(self) -> None:
        self._header_deadline = None
        if not self.transport.is_closing():
            self.transport.close()

    def _make_room(self) -> None:
        waiting = [
            connection
            for connection in self.connections
            if isinstance(connection, GuardedH11Protocol) and connection.waiting_for_headers
        ]
        if waiting:
            oldest = min(waiting, key=lambda connection: connection._waiting_since)
            oldest._stop_waiting()
            oldest.transport.close()
