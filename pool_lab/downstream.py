"""A real downstream service on loopback, and the client side of a send.

In the incident every task held its payload while it *sent* it.  Elsewhere
in pool_lab a send is a sleep; here it crosses a real socket:

* :class:`Receiver` is the service the messages go to: an aiohttp server in
  a process of its own on ``127.0.0.1`` (a free port), started and always
  stopped by a ``with`` block.  It serves at most ``capacity`` requests at
  once, each for ``service_time_s``; ``queue_size`` more may wait; past that
  it answers ``503`` at once.  It counts every message it accepts, by message
  id, so duplicates and losses are visible: the receiver, not the sender's
  counters, says whether every user got their message.
* :class:`HttpSender` is the client side: it POSTs one batch's payload with
  a real client, ``requests`` from threads (urllib3's connection pool, of
  ``pool_maxsize`` connections) or ``aiohttp`` from coroutines.  A timeout is
  always set; retries are optional, with exponential backoff, full jitter and
  an ``Idempotency-Key`` header, which the receiver uses to answer a retry
  without delivering the message twice.

Give a :class:`~pool_lab.MessageWorkload` an ``HttpSender`` as its
``downstream`` and its tasks send for real::

    with Receiver(capacity=8, service_time_s=0.05) as receiver:
        workload = MessageWorkload(users=2_000, downstream=receiver.sender(retries=5, idempotency_key=True))
        run_lab(Experiment("worker-pool", max_workers=16, workload=workload))
        print(receiver.stats())

aiohttp and requests are imported on first use, so ``import pool_lab`` does
not need them.  Everything here is loopback only: an :class:`HttpSender`
refuses any other host.

>>> with Receiver(capacity=2, service_time_s=0.01) as receiver:
...     sender = receiver.sender()
...     sent = [sender.send([b"hello"], message_id=f"m{i}") for i in range(3)]
...     stats = receiver.stats()
>>> sent, stats.messages, stats.duplicates, stats.rejected
([5, 5, 5], 3, 0, 0)
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.parse
import weakref
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

__all__ = [
    "MAX_ATTEMPTS",
    "DeliveryFailed",
    "HttpSender",
    "Receiver",
    "ReceiverStats",
    "close_clients",
    "pool_discards",
]

#: The most attempts any one message gets, whatever ``retries`` says: even a
#: sender that "retries without a bound" stays bounded in requests, so a lab
#: run always ends.
MAX_ATTEMPTS = 100

_LOOPBACK = ("127.0.0.1", "localhost", "::1")

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

# Statuses worth another try: the service is busy or briefly unwell.  A 4xx
# other than 429 would fail the same way again.
_RETRYABLE = frozenset({429, 500, 502, 503, 504})


# The receiver's side: runs in its own process --------------------------------------------------


class _Service:
    """The receiver's state and its request handlers, in the server process's event loop.

    Only the event loop's thread touches it, so it needs no lock.
    """

    def __init__(self, capacity: int, queue_size: int, service_time_s: float,
                 fail_first_try_every: int = 0, drop_first_answer_every: int = 0) -> None:
        self.capacity, self.queue_size, self.service_time_s = capacity, queue_size, service_time_s
        self.fail_every, self.drop_every = fail_first_try_every, drop_first_answer_every
        self.slots = asyncio.Semaphore(capacity)
        self.in_service = self.queued = 0
        self.reset()

    def reset(self) -> None:
        """Forget every count (not the requests being served now)."""
        self.requests = self.rejected = self.deduplicated = self.abandoned = 0
        self.peak_in_service = self.peak_queued = self.peak_inside = 0
        self.deliveries: dict[str, int] = {}
        self.order: dict[str, int] = {}  # message id -> its place in order of first arrival
        self.tries: dict[str, int] = {}  # message id -> requests that carried it
        self.dropped_answers = 0
        self.bytes_by_id: dict[str, int] = {}
        # Idempotency key -> a future done when its first delivery is.
        self.keys: dict[str, asyncio.Future] = {}
        self.latencies: list[float] = []
        self.connections: set[int] = set()
        self.first_arrival: float | None = None
        self.last_delivery: float | None = None
        self.timeline: list[tuple[float, int, int, int, int]] = []

    @property
    def delivered(self) -> int:
        return sum(self.deliveries.values())

    def _count_connection(self, request: Any) -> None:
        # One transport per TCP connection: a client that opens a connection
        # per request (a discarding pool) shows here as many connections.
        if request.transport is not None:
            self.connections.add(id(request.transport))

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
        if key is not None and key in self.keys:
            # A retry of a message that got in before: answer as the first try
            # does (waiting for it if it is still in service), deliver nothing.
            await request.release()
            await asyncio.shield(self.keys[key])
            if key in self.keys:
                self.deduplicated += 1
                return self._answer(request, arrived, message_id, duplicate=True)
            # The first try's body never arrived, so nothing was delivered: try again.
            self.rejected += 1
            return web.Response(status=503, text="the first try of this message failed; send it again")
        if self.in_service + self.queued >= self.capacity + self.queue_size or (
                tries == 1 and self._every(self.fail_every, ordinal)):
            self.rejected += 1
            await request.release()  # read and drop the body, so the connection stays usable
            return web.Response(status=503, text="busy: capacity and queue are full")
        first_try = None
        if key is not None:
            first_try = self.keys[key] = asyncio.get_running_loop().create_future()
        self.queued += 1
        self.peak_queued = max(self.peak_queued, self.queued)
        self.peak_inside = max(self.peak_inside, self.queued + self.in_service)
        waiting, delivered = True, False
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
                try:
                    await asyncio.sleep(self.service_time_s)
                finally:
                    self.in_service -= 1
            self.deliveries[message_id] = self.deliveries.get(message_id, 0) + 1
            self.bytes_by_id[message_id] = self.bytes_by_id.get(message_id, 0) + len(body)
            self.last_delivery = time.monotonic()
            delivered = True
            if self.deliveries[message_id] == 1 and self._every(self.drop_every, ordinal):
                # Delivered, and the answer lost on the way back: the client
                # sees its connection drop and cannot tell what happened.
                self.dropped_answers += 1
                if request.transport is not None:
                    request.transport.close()
                return web.Response(text="never sent: the connection is closed")
        finally:
            if waiting:
                self.queued -= 1
            if first_try is not None:
                if not delivered:  # the body never arrived: let a retry deliver it
                    del self.keys[key]
                first_try.set_result(None)
        return self._answer(request, arrived, message_id, duplicate=False)

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

        active = ((self.last_delivery or 0.0) - self.first_arrival) if self.first_arrival else 0.0
        data = {
            "capacity": self.capacity, "queue_size": self.queue_size, "service_time_s": self.service_time_s,
            "requests": self.requests, "delivered": self.delivered, "messages": len(self.deliveries),
            "deduplicated": self.deduplicated, "rejected": self.rejected, "abandoned": self.abandoned,
            "bytes": sum(self.bytes_by_id.values()), "connections": len(self.connections),
            "in_service": self.in_service, "queued": self.queued,
            "peak_in_service": self.peak_in_service, "peak_queued": self.peak_queued,
            "peak_inside": self.peak_inside,
            "latency_p50_ms": quantile(0.5), "latency_p95_ms": quantile(0.95),
            "latency_max_ms": lat[-1] * 1000 if lat else 0.0,
            "active_s": max(0.0, active), "dropped_answers": self.dropped_answers,
        }
        if timeline:
            data["timeline"] = self.timeline
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


# The parent's handle on the receiver --------------------------------------------------------------


@dataclass(frozen=True)
class ReceiverStats:
    """What the receiver counted, as ``GET /stats`` reports it.

    ``requests`` every POST that arrived; ``delivered`` the messages it
    accepted and served, a duplicate counted each time it came;
    ``messages`` the distinct message ids among them, so ``duplicates`` =
    ``delivered - messages``.  ``deduplicated`` retries it recognised by their
    idempotency key and answered without delivering again; ``rejected`` the
    ``503`` answers; ``abandoned`` answers whose client had already given up
    (timed out), though the message was delivered; ``bytes`` the bodies
    delivered, in bytes; ``connections`` the TCP connections clients opened.
    ``dropped_answers`` deliveries whose answer the receiver
    withheld on purpose (``drop_first_answer_every``).  ``in_service`` and
    ``queued`` are now; the peaks since the last reset (``peak_inside``: in
    service and queued together, never more than ``capacity + queue_size``;
    the queue alone may pass ``queue_size`` for the moment a freed slot takes
    to reach the next in line).
    Latencies, in ms, run from a request's arrival to its answer, for the
    requests served (not the 503s).  ``active_s`` runs from the first
    request to the last delivery, in seconds; ``timeline`` holds
    ``(t_s, in_service, queued, messages, rejected)`` rows every 10 ms while
    anything happened (``t_s`` from the first request), if asked for.

    >>> s = ReceiverStats(capacity=8, queue_size=8, service_time_s=0.05, delivered=200, messages=200, active_s=1.3)
    >>> round(s.goodput_per_s), s.capacity_per_s, s.duplicates
    (154, 160.0, 0)
    """

    capacity: int
    queue_size: int
    service_time_s: float
    requests: int = 0
    delivered: int = 0
    messages: int = 0
    deduplicated: int = 0
    rejected: int = 0
    abandoned: int = 0
    bytes: int = 0
    connections: int = 0
    in_service: int = 0
    queued: int = 0
    peak_in_service: int = 0
    peak_queued: int = 0
    peak_inside: int = 0
    latency_p50_ms: float = 0.0
    latency_p95_ms: float = 0.0
    latency_max_ms: float = 0.0
    active_s: float = 0.0
    dropped_answers: int = 0
    timeline: tuple[tuple[float, int, int, int, int], ...] = field(default=(), repr=False)
    deliveries: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def duplicates(self) -> int:
        """Return the deliveries beyond the first of each message."""
        return self.delivered - self.messages

    @property
    def capacity_per_s(self) -> float:
        """Return the most messages per second the receiver can serve: Little's law, capacity / service time."""
        return self.capacity / self.service_time_s

    @property
    def goodput_per_s(self) -> float:
        """Return the distinct messages delivered per second, from the first request to the last delivery."""
        return self.messages / self.active_s if self.active_s > 0 else 0.0

    def missing(self, message_ids: Iterable[str]) -> list[str]:
        """Return the ids among ``message_ids`` never delivered (needs ``stats(deliveries=True)``)."""
        return [m for m in message_ids if m not in self.deliveries]

    def summary(self) -> dict:
        """Return the counts and figures as a flat dict (no timeline, no per-message counts), for tables."""
        return {
            "requests": self.requests, "delivered": self.delivered, "messages": self.messages,
            "duplicates": self.duplicates, "deduplicated": self.deduplicated, "rejected_503": self.rejected,
            "abandoned": self.abandoned, "connections": self.connections, "peak_in_service": self.peak_in_service,
            "latency_p50_ms": round(self.latency_p50_ms, 1), "latency_p95_ms": round(self.latency_p95_ms, 1),
            "goodput_per_s": round(self.goodput_per_s, 1),
        }


def _check_int(name: str, value: object, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < low:
        raise ValueError(f"{name} must be at least {low}, got {value}")
    return value


def _check_seconds(name: str, value: object, allow_zero: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
    if not (value >= 0 if allow_zero else value > 0) or value == math.inf:  # also refuses NaN
        raise ValueError(f"{name} must be {'>= 0' if allow_zero else 'greater than 0'} seconds and finite, "
                         f"got {value}")
    return float(value)


def _stop_process(process: subprocess.Popen) -> None:
    """Close the receiver's standard input, so it stops; kill it if it does not within 5 s."""
    try:
        if process.stdin is not None and not process.stdin.closed:
            try:
                process.stdin.close()
            except OSError:  # it has died already: the pipe is broken
                pass
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    except BaseException:  # an interrupt while waiting: it must not outlive us
        process.kill()
        process.wait()
        raise
    finally:
        if process.stdout is not None:
            process.stdout.close()


class Receiver:
    """A real HTTP service on 127.0.0.1, in a process of its own, that counts what it receives.

    At most ``capacity`` requests are in service at once, each for
    ``service_time_s`` seconds; up to ``queue_size`` more wait (default:
    ``capacity``); past that, a request gets ``503`` at once.  It can serve
    at most ``capacity / service_time_s`` messages per second (Little's law).

    For exercises, two faults on purpose, each on every k-th message (in
    order of first arrival; 0, the default, for none):
    ``fail_first_try_every`` answers its first try with ``503``, so only a
    sender that retries delivers it; ``drop_first_answer_every`` delivers it
    and then closes the connection instead of answering, as when an answer
    is lost on the way back, so a sender that retries without an
    idempotency key delivers it twice.

    Use it in a ``with`` block: the process starts on entry (on a free port,
    in :attr:`url`) and is stopped on exit, whatever ended the block
    (an exception, a ``KeyboardInterrupt``).  It also stops if this process
    dies, because it exits when its standard input closes.

    Endpoints: ``POST /messages`` (headers ``X-Message-Id``, optionally
    ``Idempotency-Key``), ``GET /stats`` (JSON; add ``?timeline`` and
    ``?deliveries`` for the timeline and the count per message id),
    ``POST /reset``.

    >>> with Receiver(capacity=4, service_time_s=0.02) as receiver:
    ...     receiver.url.startswith("http://127.0.0.1:")
    True
    """

    def __init__(self, capacity: int = 8, service_time_s: float = 0.05, queue_size: int | None = None,
                 *, fail_first_try_every: int = 0, drop_first_answer_every: int = 0,
                 start_timeout_s: float = 30.0) -> None:
        self.capacity = _check_int("capacity", capacity, 1)
        self.service_time_s = _check_seconds("service_time_s", service_time_s, allow_zero=True)
        self.queue_size = _check_int("queue_size", capacity if queue_size is None else queue_size, 0)
        if self.capacity > 10_000 or self.queue_size > 10_000:
            raise ValueError("capacity and queue_size must be at most 10,000 each")
        self.fail_first_try_every = _check_int("fail_first_try_every", fail_first_try_every, 0)
        self.drop_first_answer_every = _check_int("drop_first_answer_every", drop_first_answer_every, 0)
        self.start_timeout_s = _check_seconds("start_timeout_s", start_timeout_s)
        self._process: subprocess.Popen | None = None
        self._port: int | None = None

    def __repr__(self) -> str:
        where = self.url if self._port else "not running"
        return (f"Receiver(capacity={self.capacity}, service_time_s={self.service_time_s}, "
                f"queue_size={self.queue_size}; {where})")

    @property
    def url(self) -> str:
        """Return the receiver's base URL, e.g. ``http://127.0.0.1:41234``."""
        if self._port is None:
            raise RuntimeError("the receiver is not running: use it in a `with Receiver(...) as receiver:` block")
        return f"http://127.0.0.1:{self._port}"

    @property
    def pid(self) -> int | None:
        """Return the receiver process's id, or None when it is not running."""
        return self._process.pid if self._process is not None else None

    def __enter__(self) -> "Receiver":
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        """Start the receiver's process and wait until it listens (prefer ``with Receiver(...)``)."""
        if self._process is not None:
            raise RuntimeError("this receiver is already running")
        config = json.dumps({"capacity": self.capacity, "queue_size": self.queue_size,
                             "service_time_s": self.service_time_s,
                             "fail_first_try_every": self.fail_first_try_every,
                             "drop_first_answer_every": self.drop_first_answer_every})
        # The child runs this very file, not the package: importing all of
        # pool_lab would add half a second to every start for nothing.
        code = "import json, runpy, sys; runpy.run_path(sys.argv[1])['serve'](**json.loads(sys.argv[2]))"
        errors = tempfile.TemporaryFile()  # not a pipe: a full pipe nobody reads would block the server
        try:
            process = subprocess.Popen([sys.executable, "-c", code, os.path.abspath(__file__), config],
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
        except BaseException:
            errors.close()
            raise
        self._process = process
        self._finalizer = weakref.finalize(self, _stop_quietly, process)  # a receiver forgotten, not stopped
        # A timer, not a timed read: reading a pipe with a timeout is not portable.
        watchdog = threading.Timer(self.start_timeout_s, process.kill)
        watchdog.start()
        try:
            line = process.stdout.readline() if process.stdout is not None else b""
            if not line.strip().isdigit():
                errors.seek(0)
                said = errors.read().decode(errors="replace").strip().splitlines()[-5:]
                raise RuntimeError(f"the receiver did not start (within {self.start_timeout_s:g} s): "
                                   + ("\n".join(said) or f"it exited with code {process.poll()}"))
            self._port = int(line)
        except BaseException:
            self.stop()
            raise
        finally:
            watchdog.cancel()
            watchdog.join()
            errors.close()

    def stop(self) -> None:
        """Stop the receiver's process and wait for it to end; nothing happens if it is not running."""
        process, self._process, self._port = self._process, None, None
        if process is not None:
            self._finalizer.detach()
            _stop_process(process)

    def _request(self, method: str, path: str) -> dict:
        import urllib.request  # here: it imports http.client and ssl, which `import pool_lab` need not pay for

        request = urllib.request.Request(self.url + path, method=method, data=b"" if method == "POST" else None)
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)

    def stats(self, *, timeline: bool = False, deliveries: bool = False, settle: bool = False) -> ReceiverStats:
        """Return what the receiver has counted since it started or was last reset.

        With ``timeline``, also its timeline; with ``deliveries``, the
        number of deliveries of each message id (see :class:`ReceiverStats`).
        With ``settle``, first wait (up to 5 s) until nothing is in service
        or queued: a client that gave up on a request does not take it back,
        and the verdict on a run must count it.
        """
        options = (("timeline", timeline), ("deliveries", deliveries), ("settle", settle))
        query = "&".join(name for name, wanted in options if wanted)
        data = self._request("GET", "/stats" + (f"?{query}" if query else ""))
        data["timeline"] = tuple(tuple(row) for row in data.get("timeline", ()))
        return ReceiverStats(**data)

    def reset(self) -> None:
        """Forget every count, so the next run starts from zero.

        Waits first (up to 5 s) for the requests in service and queued to be
        served, so that none of an earlier run is counted in the next.
        """
        self._request("POST", "/reset")

    def sender(self, **settings: Any) -> "HttpSender":
        """Return an :class:`HttpSender` to this receiver, e.g. ``receiver.sender(pool_maxsize=16)``."""
        return HttpSender(self.url + "/messages", **settings)


def _stop_quietly(process: subprocess.Popen) -> None:
    try:
        _stop_process(process)
    except Exception:
        pass


# The client's side: a send for real -----------------------------------------------------------------


class DeliveryFailed(Exception):
    """A message was not delivered: the last answer was an error, or no answer came in time."""

    def __init__(self, message_id: str, attempts: int, last: str) -> None:
        super().__init__(message_id, attempts, last)
        self.message_id, self.attempts, self.last = message_id, attempts, last

    def __str__(self) -> str:
        tries = "1 attempt" if self.attempts == 1 else f"{self.attempts} attempts"
        return f"message {self.message_id} not delivered after {tries}: {self.last}"


class _DiscardCounter(logging.Filter):
    """Counts urllib3's "Connection pool is full, discarding connection" warnings, and keeps them quiet."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        if str(record.msg).startswith("Connection pool is full, discarding connection"):
            with self._lock:
                self.count += 1
            return False  # counted; 190 identical warnings would bury everything else
        return True


_discards = _DiscardCounter()
_clients_lock = threading.Lock()
_sessions: dict[tuple[int, "HttpSender"], Any] = {}
_async_sessions: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict]" = weakref.WeakKeyDictionary()


def pool_discards() -> int:
    """Return how many connections urllib3's pools in this process opened and then threw away.

    A ``requests`` session keeps at most ``pool_maxsize`` connections to a
    host.  With ``pool_block=False`` (the default), a thread that finds none
    free opens another, and when it is done, the pool is full and discards
    it (urllib3 logs "Connection pool is full, discarding connection").
    Counted since this process first made an :class:`HttpSender` send.
    """
    return _discards.count


def _requests_session(sender: "HttpSender") -> Any:
    """Return this process's ``requests.Session`` for ``sender``'s settings; one, shared by every thread."""
    key = (os.getpid(), sender)  # a forked child must not share its parent's sockets
    with _clients_lock:
        session = _sessions.get(key)
        if session is None:
            import requests
            from requests.adapters import HTTPAdapter

            connection_log = logging.getLogger("urllib3.connectionpool")
            if _discards not in connection_log.filters:
                connection_log.addFilter(_discards)
            session = requests.Session()
            # max_retries=0: our own loop retries, with backoff and a key; urllib3's would do neither.
            adapter = HTTPAdapter(pool_connections=1, pool_maxsize=sender.pool_maxsize,
                                  pool_block=sender.pool_block, max_retries=0)
            session.mount("http://", adapter)
            session.trust_env = False  # loopback: never through a proxy from the environment
            _sessions[key] = session
        return session


def close_clients() -> None:
    """Close this process's ``requests`` sessions (and so their pooled connections).

    A lab child needs no call: its sockets close when it exits.  Use it after
    sending from a notebook's own process.
    """
    with _clients_lock:
        sessions = list(_sessions.values())
        _sessions.clear()
    for session in sessions:
        session.close()


async def _aiohttp_session(sender: "HttpSender") -> Any:
    """Yield one ``aiohttp.ClientSession`` for ``sender``'s settings, open until the event loop shuts down.

    An async generator, on purpose: ``asyncio.run`` closes every async
    generator still open before it closes the loop
    (``loop.shutdown_asyncgens()``), which runs the ``async with`` exit and so
    closes the session and its connections, with no call from the strategy.
    """
    import aiohttp

    # The resolver that runs in the loop's own executor, which asyncio.run shuts down.  aiohttp's
    # default, once aiodns is installed (JupyterHub requires it), leaves a thread of pycares running
    # for good after the session closes; the receiver is on this machine, so nothing is lost.
    connector = aiohttp.TCPConnector(limit=sender.pool_maxsize, resolver=aiohttp.ThreadedResolver())
    async with aiohttp.ClientSession(connector=connector, trust_env=False) as session:
        yield session


async def _session_for_this_loop(sender: "HttpSender") -> Any:
    loop = asyncio.get_running_loop()
    sessions = _async_sessions.setdefault(loop, {})
    if sender not in sessions:
        holder = _aiohttp_session(sender)
        # A shared future: coroutines that arrive while it opens wait for the same session.
        sessions[sender] = (holder, asyncio.ensure_future(holder.__anext__()))
    return await sessions[sender][1]


@dataclass(frozen=True)
class HttpSender:
    """The client side of a send: POST one payload to a loopback receiver, with a real client.

    ``url`` is the receiver's ``/messages`` endpoint (see
    :meth:`Receiver.sender`).  Every request has a timeout of ``timeout_s``.
    A message that gets a 429 or 5xx answer, times out or loses its
    connection is tried again up to ``retries`` more times (``None``: without
    a limit of its own, but never more than :data:`MAX_ATTEMPTS` attempts in
    all), after a wait drawn at random between 0 and ``backoff_s * 2**n``
    (capped at ``max_backoff_s``): exponential backoff with full jitter, so
    retries spread out instead of arriving together.  ``backoff_s=0`` retries
    at once.  With ``idempotency_key``, each request carries the message id
    as its ``Idempotency-Key``, and the receiver delivers a message at most
    once however many times it arrives.

    From threads, :meth:`send` uses one ``requests`` session per process,
    with one pool of ``pool_maxsize`` connections; with ``pool_block`` a
    thread waits for a free connection instead of opening (and then
    discarding) one more.  From coroutines, :meth:`send_async` uses one
    ``aiohttp`` session per event loop, of at most ``pool_maxsize``
    connections (aiohttp always waits for a free one).

    It is a frozen dataclass, so a workload that holds one still travels to
    the lab's child process.

    >>> HttpSender("http://example.com/messages")
    Traceback (most recent call last):
    ...
    ValueError: url must point at a receiver on this machine (127.0.0.1, localhost or ::1); got host 'example.com'
    """

    url: str
    timeout_s: float = 5.0
    retries: int | None = 0
    backoff_s: float = 0.05
    max_backoff_s: float = 1.0
    idempotency_key: bool = False
    pool_maxsize: int = 10
    pool_block: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.url, str):
            raise TypeError(f"url must be a str, got {type(self.url).__name__}")
        parts = urllib.parse.urlsplit(self.url)
        if parts.scheme != "http" or parts.hostname not in _LOOPBACK:
            raise ValueError(f"url must point at a receiver on this machine (127.0.0.1, localhost or ::1); "
                             f"got host {parts.hostname!r}" + ("" if parts.scheme == "http" else " (http only)"))
        _check_seconds("timeout_s", self.timeout_s)
        if self.retries is not None:
            _check_int("retries", self.retries, 0)
        _check_seconds("backoff_s", self.backoff_s, allow_zero=True)
        _check_seconds("max_backoff_s", self.max_backoff_s, allow_zero=True)
        _check_int("pool_maxsize", self.pool_maxsize, 1)
        if self.pool_maxsize > 10_000:
            raise ValueError(f"pool_maxsize must be at most 10,000, got {self.pool_maxsize}")

    @property
    def attempts(self) -> int:
        """Return the most attempts one message gets: 1 + retries, never more than :data:`MAX_ATTEMPTS`."""
        return MAX_ATTEMPTS if self.retries is None else min(MAX_ATTEMPTS, 1 + self.retries)

    def backoff(self, attempt: int) -> float:
        """Return a wait before retry number ``attempt`` (0 for the first), in seconds: full jitter.

        >>> sender = HttpSender("http://127.0.0.1:1/messages", backoff_s=0.1, max_backoff_s=0.3)
        >>> all(0 <= sender.backoff(n) <= min(0.3, 0.1 * 2**n) for n in range(6))
        True
        """
        ceiling = min(self.max_backoff_s, self.backoff_s * 2 ** min(attempt, 60))
        return random.uniform(0, ceiling) if ceiling > 0 else 0.0

    def _headers(self, message_id: str) -> dict[str, str]:
        headers = {"X-Message-Id": message_id}
        if self.idempotency_key:
            headers["Idempotency-Key"] = message_id
        return headers

    def send(self, payload: Sequence[bytes] | bytes, message_id: str) -> int:
        """POST ``payload`` (bytes, or a list of messages sent back to back) from this thread; return its bytes.

        Raises :class:`DeliveryFailed` once the attempts are spent.
        """
        import requests

        body = payload if isinstance(payload, bytes) else b"".join(payload)
        session, headers = _requests_session(self), self._headers(message_id)
        last = ""
        for attempt in range(self.attempts):
            if attempt:
                time.sleep(self.backoff(attempt - 1))
            try:
                with session.post(self.url, data=body, headers=headers, timeout=self.timeout_s) as response:
                    response.content  # read it all, so the connection goes back to the pool
                    if response.status_code < 300:
                        return len(body)
                    last = f"HTTP {response.status_code} {response.reason}"
                    if response.status_code not in _RETRYABLE:
                        break
            except requests.Timeout:
                last = f"no answer within {self.timeout_s:g} s"
            except requests.ConnectionError as exc:
                last = f"connection failed ({type(exc).__name__})"
        raise DeliveryFailed(message_id, attempt + 1, last)

    async def send_async(self, payload: Sequence[bytes] | bytes, message_id: str) -> int:
        """POST ``payload`` from a coroutine with aiohttp; return its bytes.

        The twin of :meth:`send`: same timeout, retries and key.  Raises
        :class:`DeliveryFailed` once the attempts are spent.
        """
        import aiohttp

        body = payload if isinstance(payload, bytes) else b"".join(payload)
        session, headers = await _session_for_this_loop(self), self._headers(message_id)
        timeout = aiohttp.ClientTimeout(total=self.timeout_s)
        last = ""
        for attempt in range(self.attempts):
            if attempt:
                await asyncio.sleep(self.backoff(attempt - 1))
            try:
                async with session.post(self.url, data=body, headers=headers, timeout=timeout) as response:
                    await response.read()
                    if response.status < 300:
                        return len(body)
                    last = f"HTTP {response.status} {response.reason}"
                    if response.status not in _RETRYABLE:
                        break
            except asyncio.TimeoutError:
                last = f"no answer within {self.timeout_s:g} s"
            except aiohttp.ClientConnectionError as exc:
                last = f"connection failed ({type(exc).__name__})"
        raise DeliveryFailed(message_id, attempt + 1, last)
