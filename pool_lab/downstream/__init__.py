"""A real downstream service on loopback, and the client side of a send.

In the incident every task held its payload while it *sent* it.  Elsewhere
in pool_lab a send is a sleep; here it crosses a real socket.  One side per
module, as aiohttp splits its client from its server:

* :mod:`~pool_lab.downstream.receiver`: :class:`Receiver` is the service the
  messages go to: an aiohttp server in a process of its own on ``127.0.0.1``
  (a free port), started and always stopped by a ``with`` block.  It serves
  at most ``capacity`` requests at once, each for ``service_time_s``;
  ``queue_size`` more may wait; past that it answers ``503`` at once.  It
  counts every message it accepts, by message id, so duplicates and losses
  are visible: the receiver, not the sender's counters, says whether every
  user got their message (:class:`ReceiverStats`).
* :mod:`~pool_lab.downstream._server`: the server itself, which runs as a
  script in the receiver's process and is never imported.
* :mod:`~pool_lab.downstream.sender`: :class:`HttpSender` is the client
  side: it POSTs one batch's payload with a real client, ``requests`` from
  threads (urllib3's connection pool, of ``pool_maxsize`` connections) or
  ``aiohttp`` from coroutines.  A timeout is always set; retries are
  optional, with exponential backoff, full jitter and an
  ``Idempotency-Key`` header, which the receiver uses to answer a retry
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

from .receiver import Receiver, ReceiverStats
from .sender import MAX_ATTEMPTS, DeliveryFailed, HttpSender, close_clients, pool_discards

__all__ = [
    "MAX_ATTEMPTS",
    "DeliveryFailed",
    "HttpSender",
    "Receiver",
    "ReceiverStats",
    "close_clients",
    "pool_discards",
]
