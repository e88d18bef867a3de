"""The receiver's server: an aiohttp service on loopback that counts what it receives.

This file runs as a script, in a process of its own: :class:`pool_lab.Receiver`
starts ``python -c "runpy.run_path(<this file>)['serve'](**settings)"``, not
``import pool_lab``, so that a receiver starts without paying for the whole
package (about half a second).  So it must stand alone: it imports only the
standard library and aiohttp, never pool_lab, and never relatively (``from .``
fails in a file run by its path; ``tests/test_downstream.py`` checks this).

The parent's side, :class:`~pool_lab.Receiver` and its
:class:`~pool_lab.ReceiverStats`, lives in :mod:`pool_lab.downstream.receiver`;
the client's side in :mod:`pool_lab.downstream.sender`.  Neither imports this
module, and a lab child that sends never loads it.
"""

from __future__ import annotations

import asyncio
import math
import os
import sys
import threading
import time
import traceback
from typing import Any

__all__ = ["serve"]

# The largest request body the receiver reads: the incident's batch is 6.25 MiB,
# and aiohttp's own default (1 MiB) would refuse it with a 413.
_MAX_BODY_BYTES = 64 * 1024 * 1024

# How many latencies and timeline points the receiver keeps: enough for any
# lesson's run, bounded for one that runs far longer.
_KEPT_LATENCIES = 100_000
_KEPT_POINTS = 20_000
_TIMELINE_EVERY_S = 0.01
# The longest a reset, or stats that settle, wait for the requests inside to be served.
_SETTLE_S = 5.0
# The longest the held message's answer waits for the slow one to begin its service.
_HOLD_S = 0.2


class _Service:
    """The receiver's state and its request handlers, in the server process's event loop.

    Only the event loop's thread touches it, so it needs no lock.
    """

    def __init__(self, capacity: int, queue_size: int, service_time_s: float,
                 fail_first_try_every: int = 0, drop_first_answer_every: int = 0,
                 slow_message: str = "", slow_service_s: float = 0.0, held_until_slow: str = "") -> None:
        self.capacity, self.queue_size, self.service_time_s = capacity, queue_size, service_time_s
        self.fail_every, self.drop_every = fail_first_try_every, drop_first_answer_every
        self.slow_message, self.slow_service_s, self.held = slow_message, slow_service_s, held_until_slow
        self.slots = asyncio.Semaphore(capacity)
        self.in_service = self.queued = 0
        self.reset()

    def reset(self) -> None:
        """Forget every count (not the requests being served now)."""
        self.requests = self.rejected = self.rejected_full = self.deduplicated = self.abandoned = 0
        self.peak_in_service = self.peak_queued = self.peak_inside = 0
        self.deliveries: dict[str, int] = {}
        self.order: dict[str, int] = {}  # message id -> its place in order of first arrival
        self.tries: dict[str, int] = {}  # message id -> requests that carried it
        self.dropped_answers = 0
        # For each slow try in service: when another service first ended meanwhile (None until one has), and the
        # first tries that arrived since; for each slow try served, that moment, its own end (by the wall clock,
        # which a client's process reads too) and those arrivals.
        self.slow_watch: dict[int, list] = {}
        self.slow_windows: list[tuple[float | None, float, int]] = []
        self.slow_served = False
        self.slow_begun = asyncio.Event()
        self.bytes_by_id: dict[str, int] = {}
        # Idempotency key -> a future done when its first delivery is.
        self.keys: dict[str, asyncio.Future] = {}
        self.latencies: list[float] = []
        self.connections: set[Any] = set()
        self.first_arrival: float | None = None
        self.last_new_delivery: float | None = None  # when the last message was delivered for the first time
        self.timeline: list[tuple[float, int, int, int, int]] = []

    @property
    def delivered(self) -> int:
        return sum(self.deliveries.values())

    def _count_connection(self, request: Any) -> None:
        # One client address and port per TCP connection: a client that opens
        # a connection per request (a discarding pool) shows here as many.  Not
        # id(transport): a closed transport's id is reused by a later one.
        if request.transport is not None:
            self.connections.add(request.transport.get_extra_info("peername") or id(request.transport))

    async def receive(self, request: Any) -> Any:
        """Serve POST /messages: admit, queue, serve for ``service_time_s``, count; or 503 at once."""
        from aiohttp import web

        arrived = time.monotonic()
        self.requests += 1
        self._count_connection(request)
        if self.first_arrival is None:
            self.first_arrival = arrived
        message_id = request.headers.get("X-Message-Id", "")
        key = request.headers.get("Idempotency-Key")
        ordinal, tries = self._note_try(message_id)
        if tries == 1:
            for watch in self.slow_watch.values():
                watch[1] += watch[0] is not None
        if key is not None and key in self.keys:
            return await self._answer_retry(request, key, arrived, message_id)
        full = self.in_service + self.queued >= self.capacity + self.queue_size
        # Never the slow message: refused and retried after a backoff, it could begin after the held one's hold.
        planted = tries == 1 and message_id != self.slow_message and self._every(self.fail_every, ordinal)
        if full or planted:
            # Counted apart: a planted refusal of a first try that also found
            # the receiver full is a refusal for fullness, not one planted.
            self.rejected += 1
            if full:
                self.rejected_full += 1
            await request.release()  # read and drop the body, so the connection stays usable
            reason = ("busy: capacity and queue are full" if full else
                      f"refused on purpose: the first try of one message in {self.fail_every}")
            return web.Response(status=503, text=reason)
        first_try = None
        if key is not None:
            first_try = self.keys[key] = asyncio.get_running_loop().create_future()
        delivered = False
        # The first try served, not the first sent: a first try refused with a 503 would leave no slow one.
        slow = message_id == self.slow_message != "" and not self.slow_served
        self.slow_served = self.slow_served or slow
        try:
            delivered = await self._queue_and_serve(request, message_id, slow)
        finally:
            if first_try is not None:
                if not delivered:  # the body never arrived: let a retry deliver it
                    del self.keys[key]
                first_try.set_result(None)
        if self.deliveries[message_id] == 1 and self._every(self.drop_every, ordinal):
            # Delivered, and the answer lost on the way back: the client
            # sees its connection drop and cannot tell what happened.
            self.dropped_answers += 1
            if request.transport is not None:
                request.transport.close()
            return web.Response(text="never sent: the connection is closed")
        return self._answer(request, arrived, message_id, duplicate=False)

    async def _answer_retry(self, request: Any, key: str, arrived: float, message_id: str) -> Any:
        """Answer a retry of a message that got in before as its first try is answered; deliver nothing."""
        from aiohttp import web

        await request.release()
        await asyncio.shield(self.keys[key])  # the first try may still be in service
        if key in self.keys:
            self.deduplicated += 1
            return self._answer(request, arrived, message_id, duplicate=True)
        # The first try's body never arrived, so nothing was delivered: try again.
        self.rejected += 1
        return web.Response(status=503, text="the first try of this message failed; send it again")

    async def _queue_and_serve(self, request: Any, message_id: str, slow: bool = False) -> bool:
        """Read the body, wait for a slot, serve for ``service_time_s`` (``slow_service_s`` if ``slow``), count the
        delivery; return True."""
        self.queued += 1
        self.peak_queued = max(self.peak_queued, self.queued)
        self.peak_inside = max(self.peak_inside, self.queued + self.in_service)
        waiting = True
        try:
            # The body is read on admission, as a server's framework does before
            # its handler runs: a client that gives up while its request waits
            # cannot take back what it sent.
            body = await request.read()
            async with self.slots:
                self.queued -= 1
                waiting = False
                self.in_service += 1
                self.peak_in_service = max(self.peak_in_service, self.in_service)
                watch = id(request)
                if slow:
                    self.slow_watch[watch] = [None, 0]
                    self.slow_begun.set()
                try:
                    await asyncio.sleep(self.slow_service_s if slow else self.service_time_s)
                    if message_id == self.held != "":
                        await self._hold()
                finally:
                    self.in_service -= 1
                if slow:
                    first_end, arrived = self.slow_watch.pop(watch)
                    self.slow_windows.append((first_end, time.time(), arrived))
                else:
                    for other in self.slow_watch.values():
                        if other[0] is None:
                            other[0] = time.time()
        finally:
            if waiting:
                self.queued -= 1
        if message_id not in self.deliveries:
            # Goodput's clock stops at the last message's first delivery: a late duplicate adds nothing.
            self.last_new_delivery = time.monotonic()
        self.deliveries[message_id] = self.deliveries.get(message_id, 0) + 1
        self.bytes_by_id[message_id] = self.bytes_by_id.get(message_id, 0) + len(body)
        return True

    async def _hold(self) -> None:
        # A sender that waits for its oldest send first thus still has one ahead of the slow message when the slow
        # one begins, however late the slow one's request arrives: the sends behind it may have overtaken it.
        try:
            await asyncio.wait_for(self.slow_begun.wait(), _HOLD_S)
        except asyncio.TimeoutError:  # the slow one is sent only after this one is answered
            pass

    def _note_try(self, message_id: str) -> tuple[int, int]:
        """Return the message's place in order of first arrival (from 0), and which try of it this is (from 1)."""
        ordinal = self.order.setdefault(message_id, len(self.order))
        self.tries[message_id] = self.tries.get(message_id, 0) + 1
        return ordinal, self.tries[message_id]

    @staticmethod
    def _every(k: int, ordinal: int) -> bool:
        return k > 0 and ordinal % k == k - 1

    def _answer(self, request: Any, arrived: float, message_id: str, duplicate: bool) -> Any:
        from aiohttp import web

        if request.transport is None or request.transport.is_closing():
            # The client gave up (it timed out) before its answer came: the
            # message was delivered all the same, which the sender cannot know.
            self.abandoned += 1
        if len(self.latencies) < _KEPT_LATENCIES:
            self.latencies.append(time.monotonic() - arrived)
        return web.json_response({"message_id": message_id, "duplicate": duplicate})

    def snapshot(self, timeline: bool, deliveries: bool) -> dict:
        """Return the counts as JSON-ready data (see :class:`ReceiverStats`)."""
        lat = sorted(self.latencies)

        def quantile(q: float) -> float:
            return lat[min(len(lat) - 1, math.ceil(q * len(lat)) - 1)] * 1000 if lat else 0.0

        active = ((self.last_new_delivery or 0.0) - self.first_arrival) if self.first_arrival else 0.0
        data: dict[str, Any] = {
            "capacity": self.capacity, "queue_size": self.queue_size, "service_time_s": self.service_time_s,
            "requests": self.requests, "delivered": self.delivered, "messages": len(self.deliveries),
            "deduplicated": self.deduplicated, "rejected": self.rejected,
            "rejected_full": self.rejected_full, "abandoned": self.abandoned,
            "bytes": sum(self.bytes_by_id.values()), "connections": len(self.connections),
            "in_service": self.in_service, "queued": self.queued,
            "peak_in_service": self.peak_in_service, "peak_queued": self.peak_queued,
            "peak_inside": self.peak_inside,
            "latency_p50_ms": quantile(0.5), "latency_p95_ms": quantile(0.95),
            "latency_max_ms": lat[-1] * 1000 if lat else 0.0,
            "active_s": max(0.0, active), "dropped_answers": self.dropped_answers,
            "slow_windows": self.slow_windows,
        }
        if timeline:
            # The recorder notes a row every 10 ms: the last deliveries before the stats were asked for may
            # not be in it yet, so the timeline ends on the counts now.
            now = (self.in_service, self.queued, len(self.deliveries), self.rejected)
            last = [tuple(row[1:]) for row in self.timeline[-1:]]
            ends = [] if self.first_arrival is None or last == [now] else [
                (round(time.monotonic() - self.first_arrival, 4), *now)]
            data["timeline"] = self.timeline + ends
        if deliveries:
            data["deliveries"] = self.deliveries
        return data

    async def record_timeline(self) -> None:
        """Note in-service, queued, distinct messages delivered and 503s every 10 ms while anything happens."""
        last = None
        while True:
            await asyncio.sleep(_TIMELINE_EVERY_S)
            if self.first_arrival is None or len(self.timeline) >= _KEPT_POINTS:
                continue
            point = (self.in_service, self.queued, len(self.deliveries), self.rejected)
            if point != last or self.in_service or self.queued:
                self.timeline.append((round(time.monotonic() - self.first_arrival, 4), *point))
                last = point


async def _serve(settings: dict, stop: asyncio.Event) -> None:
    from aiohttp import web

    service = _Service(**settings)

    async def settle() -> None:
        deadline = time.monotonic() + _SETTLE_S
        while (service.in_service or service.queued) and time.monotonic() < deadline:
            await asyncio.sleep(0.01)

    async def stats(request: web.Request) -> web.Response:
        query = request.query
        if "settle" in query:
            await settle()
        return web.json_response(service.snapshot("timeline" in query, "deliveries" in query))

    async def reset(request: web.Request) -> web.Response:
        # A run the lab stopped early leaves requests queued here; served after
        # the reset, they would count in the next run (as duplicates of its
        # messages), so the reset waits for them first.
        await settle()
        service.reset()
        return web.json_response({"reset": True})

    app = web.Application(client_max_size=_MAX_BODY_BYTES)
    app.router.add_post("/messages", service.receive)
    app.router.add_get("/stats", stats)
    app.router.add_post("/reset", reset)
    # handler_cancellation=False (aiohttp's default since 3.9, said aloud): a
    # request whose client gave up is still served and counted, as a real
    # service that already started the work would.
    runner = web.AppRunner(app, handler_cancellation=False, access_log=None)
    await runner.setup()
    recorder = asyncio.ensure_future(service.record_timeline())
    try:
        # A deep backlog: 200 clients connecting at once must not wait for a
        # SYN retry (a second on Linux) because the accept queue overflowed.
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        port = runner.addresses[0][1]
        print(port, flush=True)  # the parent reads the port from our first line
        await stop.wait()
    finally:
        recorder.cancel()
        await runner.cleanup()


def serve(**settings: Any) -> None:
    """Run a receiver in this process until standard input closes (the :class:`Receiver`'s child).

    Prints the port it listens on, on 127.0.0.1, as its first line.  Its
    parent holds the other end of standard input, so the receiver also stops
    when the parent dies, however it dies.
    """

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()

        def wait_for_eof() -> None:
            sys.stdin.buffer.read()
            loop.call_soon_threadsafe(stop.set)

        threading.Thread(target=wait_for_eof, name="pool_lab-receiver-stdin", daemon=True).start()
        await _serve(settings, stop)

    try:
        asyncio.run(main())
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        # The thread waiting for standard input to close is still reading it,
        # and a daemon thread holding stdin's lock at interpreter exit is a
        # fatal error whose report would bury this traceback (the parent shows
        # the last lines): leave at once, with nothing left to clean up.
        os._exit(1)

