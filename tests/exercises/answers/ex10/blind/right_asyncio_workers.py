# Written from the student copy alone, without seeing the check or the solution.
# Right: asyncio instead of threads. `workers` coroutines share the iterator of messages and each
# takes the next message only when it is free, so a payload is built only when a worker can send it
# (at most `workers` payloads alive). HttpSender.send_async with bounded retries, backoff and a key.
# The event loop runs in a thread of its own, so this works even when the caller (Jupyter) already
# has a running loop; an exception is carried back to the caller.
import asyncio
import math
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    workers = math.ceil(1.5 * capacity)
    sender = HttpSender(url, retries=5, backoff_s=0.04, idempotency_key=True, pool_maxsize=workers)

    async def worker():
        for message_id, payload in messages:  # shared iterator: next() is never interrupted
            await sender.send_async(payload, message_id)
            del payload

    async def main():
        await asyncio.gather(*(worker() for _ in range(workers)))

    outcome = []

    def run():
        try:
            asyncio.run(main())
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join()
    if outcome:
        raise outcome[0]
