# Written from the student copy alone, without seeing the check or the solution.
# Approach: `capacity` asyncio worker coroutines sharing the iterator, each awaiting send_async, run by asyncio.run.
import asyncio

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(
        url,
        timeout_s=5.0,  # aiohttp's total timeout: the queued wait plus 600 ms of the slow request fit easily
        retries=5,
        backoff_s=0.05,
        idempotency_key=True,
        pool_maxsize=capacity,
    )

    async def worker():
        # next() runs in the event loop's one thread, so workers never call it at once
        for message_id, payload in messages:
            await sender.send_async(payload, message_id)
            del payload

    async def main():
        tasks = [asyncio.create_task(worker()) for _ in range(capacity)]
        try:
            await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    asyncio.run(main())
