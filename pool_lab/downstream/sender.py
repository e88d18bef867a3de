"""The client side of a send: POST one payload to a loopback receiver, with a real client.

:class:`HttpSender` sends from threads (``requests``, :meth:`HttpSender.send`)
or from coroutines (``aiohttp``, :meth:`HttpSender.send_async`).  Both follow
one retry policy, written once: :class:`_Attempts` decides, for one message,
whether to try again, how long to wait first and when to give up, and does no
I/O itself, so the thread's loop and the coroutine's loop differ only in how
they wait and how they post.  requests and aiohttp are imported on first use.

This module does not cover the receiver (:mod:`pool_lab.downstream.receiver`,
:mod:`pool_lab.downstream._server`): a lab child that sends imports this
module alone, never the server.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
import traceback
import urllib.parse
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from .._checks import check_int, check_seconds

if TYPE_CHECKING:  # asyncio is imported by the coroutines that use it: a thread's send needs none
    import asyncio

__all__ = ["MAX_ATTEMPTS", "DeliveryFailed", "HttpSender", "close_clients", "pool_discards"]

#: The most attempts any one message gets, whatever ``retries`` says: even a
#: sender that "retries without a bound" stays bounded in requests, so a lab
#: run always ends.
MAX_ATTEMPTS = 100

_LOOPBACK = ("127.0.0.1", "localhost", "::1")

# Statuses worth another try: the service is busy or briefly unwell.  A 4xx
# other than 429 would fail the same way again.
_RETRYABLE = frozenset({429, 500, 502, 503, 504})


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
    import asyncio

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
    :meth:`Receiver.sender`).  Every request has a timeout of ``timeout_s``:
    from threads, requests' connect and read timeouts (each wait for the
    receiver, not the whole request); from coroutines, aiohttp's total one.
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
        check_seconds("timeout_s", self.timeout_s)
        if self.retries is not None:
            check_int("retries", self.retries, low=0)
        check_seconds("backoff_s", self.backoff_s, zero_ok=True)
        check_seconds("max_backoff_s", self.max_backoff_s, zero_ok=True)
        check_int("pool_maxsize", self.pool_maxsize, high=10_000)

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

    def open_client(self, asynchronous: bool = False) -> None:
        """Load the HTTP client this sender posts with, now rather than at the first send.

        From threads (``asynchronous=False``): import ``requests`` and make
        this process's session for this sender, as :meth:`send` would.  From
        coroutines: import ``aiohttp`` (its session needs the running event
        loop, so :meth:`send_async` still opens it).  The lab's child calls
        it while it starts up, so that the client's code counts in the run's
        baseline, as it does in a service's, and the first send of a run does
        not import it while every other task waits for the GIL.
        """
        if asynchronous:
            import aiohttp  # noqa: F401  (loaded, not used here)
        else:
            _requests_session(self)

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
        attempts = _Attempts(self, message_id)
        while (wait_s := attempts.next_wait_s()) is not None:
            if wait_s:
                time.sleep(wait_s)
            try:
                with session.post(self.url, data=body, headers=headers, timeout=self.timeout_s) as response:
                    _ = response.content  # read it all, so the connection goes back to the pool
                    if attempts.answered(response.status_code, response.reason):
                        return len(body)
            except requests.Timeout as exc:
                _let_go(exc)
                attempts.timed_out()
            except requests.ConnectionError as exc:
                _let_go(exc)
                attempts.connection_failed(exc)
        raise attempts.failure()

    async def send_async(self, payload: Sequence[bytes] | bytes, message_id: str) -> int:
        """POST ``payload`` from a coroutine with aiohttp; return its bytes.

        The twin of :meth:`send`: the same retries and key.  ``timeout_s`` is
        aiohttp's total timeout here (the whole request, sending included),
        where :meth:`send` gives it to requests as a connect and a read
        timeout (each wait for the server).  Raises
        :class:`DeliveryFailed` once the attempts are spent.
        """
        import asyncio

        import aiohttp

        body = payload if isinstance(payload, bytes) else b"".join(payload)
        session, headers = await _session_for_this_loop(self), self._headers(message_id)
        timeout = aiohttp.ClientTimeout(total=self.timeout_s)
        attempts = _Attempts(self, message_id)
        while (wait_s := attempts.next_wait_s()) is not None:
            if wait_s:
                await asyncio.sleep(wait_s)
            try:
                async with session.post(self.url, data=body, headers=headers, timeout=timeout) as response:
                    await response.read()
                    if attempts.answered(response.status, response.reason):
                        return len(body)
            except asyncio.TimeoutError as exc:
                _let_go(exc)
                attempts.timed_out()
            except aiohttp.ClientConnectionError as exc:
                _let_go(exc)
                attempts.connection_failed(exc)
        raise attempts.failure()


def _let_go(exc: BaseException) -> None:
    """Clear the frames an exception of a failed attempt passed through, and those of its causes.

    The HTTP library's exceptions sit in reference cycles with those frames, and the
    frames hold the request's body: the payload would stay alive until the next
    garbage collection, after this send has retried or returned.  The frame still
    running (this send's) is left as it is.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__cause__ or current.__context__


class _Attempts:
    """One message's attempts under its sender's retry policy: the decisions, and no I/O.

    A send loop asks :meth:`next_wait_s` before each attempt (the seconds to
    wait first: 0 before the first, a backoff before a retry; None once it
    must give up), then tells what came of it: :meth:`answered`,
    :meth:`timed_out` or :meth:`connection_failed`.  :meth:`failure` is the
    error to raise when it gives up.  Doing no I/O and keeping no clock, it
    serves the thread's loop and the coroutine's loop alike, and a test can
    drive it through any sequence of answers.

    >>> attempts = _Attempts(HttpSender("http://127.0.0.1:1/messages", retries=1, backoff_s=0), "m1")
    >>> attempts.next_wait_s(), attempts.answered(503, "Service Unavailable"), attempts.next_wait_s()
    (0.0, False, 0.0)
    >>> attempts.answered(503, "Service Unavailable"), attempts.next_wait_s()
    (False, None)
    >>> print(attempts.failure())
    message m1 not delivered after 2 attempts: HTTP 503 Service Unavailable
    """

    __slots__ = ("sender", "message_id", "made", "last", "gave_up")

    def __init__(self, sender: HttpSender, message_id: str) -> None:
        self.sender, self.message_id = sender, message_id
        self.made = 0  # attempts made so far
        self.last = ""  # what went wrong with the last one
        self.gave_up = False  # an answer that another try would only repeat

    def next_wait_s(self) -> float | None:
        """Return the seconds to wait before the next attempt, or None if there is none; count it as made."""
        if self.gave_up or self.made >= self.sender.attempts:
            return None
        self.made += 1
        return 0.0 if self.made == 1 else self.sender.backoff(self.made - 2)

    def answered(self, status: int, reason: str) -> bool:
        """Note the answer to the last attempt; return whether it delivered the message."""
        if status < 300:
            return True
        self.last = f"HTTP {status} {reason}"
        self.gave_up = status not in _RETRYABLE
        return False

    def timed_out(self) -> None:
        """Note that no answer to the last attempt came within the sender's timeout."""
        self.last = f"no answer within {self.sender.timeout_s:g} s"

    def connection_failed(self, exc: BaseException) -> None:
        """Note that the last attempt's connection failed (refused, reset, closed before the answer)."""
        self.last = f"connection failed ({type(exc).__name__})"

    def failure(self) -> DeliveryFailed:
        """Return the error that says the message was not delivered, and why."""
        return DeliveryFailed(self.message_id, self.made, self.last)
