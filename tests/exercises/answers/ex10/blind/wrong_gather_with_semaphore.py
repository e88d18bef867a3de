# Written from the student copy alone, without seeing the check or the solution.
# WRONG: chapter 5's semaphore fix, copied to the sender: an asyncio.Semaphore(2 x capacity) bounds the
# sends, retries and key are right. But the list comprehension takes EVERY message from the iterator
# before the first send, and each message builds its payload when taken: all 100 payloads are alive
# at once, waiting for a permit. The semaphore bounds the work in progress, not in existence.
import asyncio
import threading

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, retries=5, backoff_s=0.05, idempotency_key=True, pool_maxsize=2 * capacity)

    async def main():
        permits = asyncio.Semaphore(2 * capacity)

        async def send(message_id, payload):
            async with permits:
                return await sender.send_async(payload, message_id)

        await asyncio.gather(*[send(message_id, payload) for message_id, payload in messages])

    errors = []
    thread = threading.Thread(target=lambda: _run(main, errors), daemon=True)  # Jupyter has a loop running
    thread.start()
    thread.join()
    if errors:
        raise errors[0]


def _run(main, errors):
    try:
        asyncio.run(main())
    except BaseException as error:
        errors.append(error)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your sender held [\d,.]+ payloads at once \([\d,.]+ KiB\); the budget is [\d,.]+ \([\d,.]+ MiB\)\."
