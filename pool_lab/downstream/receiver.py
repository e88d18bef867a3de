"""The parent's handle on a receiver: start it, read its counts, stop it.

:class:`Receiver` runs the receiver's server (:mod:`pool_lab.downstream._server`)
in a process of its own, on a free port of ``127.0.0.1``, and always stops it;
:class:`ReceiverStats` is what the server counted.  This module does not cover
the server itself, which runs as a script and imports nothing from here, nor
the client side of a send (:mod:`pool_lab.downstream.sender`), which
:meth:`Receiver.sender` only makes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import weakref
from dataclasses import dataclass, field
from typing import Any, Iterable

from .._checks import check_int, check_name, check_seconds
from .sender import HttpSender

__all__ = ["Receiver", "ReceiverStats"]

# The server's script: run by its path, so the child never imports pool_lab.
_SERVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_server.py")


@dataclass(frozen=True)
class ReceiverStats:
    """What the receiver counted, as ``GET /stats`` reports it.

    ``requests`` every POST that arrived; ``delivered`` the messages it
    accepted and served, a duplicate counted each time it came;
    ``messages`` the distinct message ids among them, so ``duplicates`` =
    ``delivered - messages``.  ``deduplicated`` retries it recognised by their
    idempotency key and answered without delivering again; ``rejected`` the
    ``503`` answers, ``rejected_full`` those of them given because capacity
    and queue were full (the others: first tries refused on purpose,
    ``fail_first_try_every``, and retries of a try whose body never arrived);
    ``abandoned`` answers whose client had already given up
    (timed out), though the message was delivered; ``bytes`` the bodies
    delivered, in bytes; ``connections`` the TCP connections clients opened.
    ``dropped_answers`` deliveries whose answer the receiver
    withheld on purpose (``drop_first_answer_every``); ``slow_windows``
    holds, for the slow message's slow service (``slow_message``),
    when another service first ended while it was in service (None if none
    did) and when it ended, in ``time.time()`` seconds, the clock a client
    in another process reads too, and how many first tries of messages
    arrived between the two: a sender that takes its next message when a
    send ends takes some in that window, and sends them; one that waits for
    a whole group of sends, none.  ``in_service`` and
    ``queued`` are now; the peaks since the last reset (``peak_inside``: in
    service and queued together, never more than ``capacity + queue_size``;
    the queue alone may pass ``queue_size`` for the moment a freed slot takes
    to reach the next in line).
    Latencies, in ms, run from a request's arrival (its headers read) to its
    answer, reading its body included, for the requests answered 200 (a
    retry answered by its key too; not the 503s, nor the answers withheld on
    purpose).  ``active_s`` runs from the first request to the first
    delivery of the last message to arrive, in seconds (a duplicate
    delivered later does not stretch it); ``timeline`` holds
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
    rejected_full: int = 0
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
    slow_windows: tuple[tuple[float | None, float, int], ...] = ()
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
        """Return the distinct messages delivered per second, from the first request to the last new one."""
        return self.messages / self.active_s if self.active_s > 0 else 0.0

    def missing(self, message_ids: Iterable[str]) -> list[str]:
        """Return the ids among ``message_ids`` never delivered (needs ``stats(deliveries=True)``)."""
        return [m for m in message_ids if m not in self.deliveries]

    def summary(self) -> dict:
        """Return the counts and figures as a flat dict (no timeline, no per-message counts), for tables."""
        return {
            "requests": self.requests, "delivered": self.delivered, "messages": self.messages,
            "duplicates": self.duplicates, "deduplicated": self.deduplicated, "rejected": self.rejected,
            "abandoned": self.abandoned, "connections": self.connections, "peak_in_service": self.peak_in_service,
            "latency_p50_ms": round(self.latency_p50_ms, 1), "latency_p95_ms": round(self.latency_p95_ms, 1),
            "goodput_per_s": round(self.goodput_per_s, 1),
        }


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

    For exercises, faults on purpose.  Two on every k-th message (in order
    of first arrival; 0, the default, for none): ``fail_first_try_every``
    answers its first try with ``503``, so only a sender that retries
    delivers it; ``drop_first_answer_every`` delivers it and then closes the
    connection instead of answering, as when an answer is lost on the way
    back, so a sender that retries without an idempotency key delivers it
    twice.  And one on a message named by its id: ``slow_message`` is served
    for ``slow_service_s`` instead of ``service_time_s`` the first time it
    is served (its first try is never refused on purpose), as a service's
    slow request is, so a sender that waits for a
    whole group of sends before it starts more takes no message meanwhile
    (the stats' ``slow_windows`` say when).  ``held_until_slow``, another
    id, is answered only once the slow message is in service (at most 0.2 s
    after its own service): a sender that waits for its oldest send first
    then still has a send ahead of the slow one when it begins, even if the
    slow one's request arrives after sends taken behind it.

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
                 slow_message: str = "", slow_service_s: float = 0.0, held_until_slow: str = "",
                 start_timeout_s: float = 30.0) -> None:
        self.capacity = check_int("capacity", capacity, high=10_000)
        self.service_time_s = float(check_seconds("service_time_s", service_time_s, zero_ok=True))
        self.queue_size = check_int("queue_size", capacity if queue_size is None else queue_size, low=0, high=10_000)
        self.fail_first_try_every = check_int("fail_first_try_every", fail_first_try_every, low=0)
        self.drop_first_answer_every = check_int("drop_first_answer_every", drop_first_answer_every, low=0)
        self.slow_message = check_name("slow_message", slow_message)
        self.slow_service_s = float(check_seconds("slow_service_s", slow_service_s, zero_ok=True))
        self.held_until_slow = check_name("held_until_slow", held_until_slow)
        self.start_timeout_s = float(check_seconds("start_timeout_s", start_timeout_s))
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
                             "drop_first_answer_every": self.drop_first_answer_every,
                             "slow_message": self.slow_message, "slow_service_s": self.slow_service_s,
                             "held_until_slow": self.held_until_slow})
        # The child runs the server's file, not the package: importing all of
        # pool_lab would add half a second to every start for nothing.
        code = "import json, runpy, sys; runpy.run_path(sys.argv[1])['serve'](**json.loads(sys.argv[2]))"
        errors = tempfile.TemporaryFile()  # not a pipe: a full pipe nobody reads would block the server
        try:
            process = subprocess.Popen([sys.executable, "-c", code, _SERVER, config],
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
        # Loopback: never through a proxy from the environment (http_proxy, as
        # managed machines set it), which urlopen would use; the senders do the same.
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with direct.open(request, timeout=10) as response:
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
        data["slow_windows"] = tuple(tuple(window) for window in data.get("slow_windows", ()))
        return ReceiverStats(**data)

    def reset(self) -> None:
        """Forget every count, so the next run starts from zero.

        Waits first (up to 5 s) for the requests in service and queued to be
        served, so that none of an earlier run is counted in the next.
        """
        self._request("POST", "/reset")

    def sender(self, **settings: Any) -> HttpSender:
        """Return an :class:`HttpSender` to this receiver, e.g. ``receiver.sender(pool_maxsize=16)``."""
        return HttpSender(self.url + "/messages", **settings)


def _stop_quietly(process: subprocess.Popen) -> None:
    try:
        _stop_process(process)
    except Exception:
        pass
