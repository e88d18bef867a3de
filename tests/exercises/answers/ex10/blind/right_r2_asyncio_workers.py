# Written from the student copy alone, without seeing the check or the solution.
# Approach: asyncio (deliver_all runs in a thread with no loop, so asyncio.run is fine):
# `capacity` worker coroutines share the message iterator and each takes the next message
# only when it is free (payload built then), sending it with send_async (bounded retries,
# backoff, idempotency key, `capacity` connections). The first DeliveryFailed cancels the
# other workers and is raised.
import asyncio

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    sender = HttpSender(url, timeout_s=1.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=capacity)
    iterator = iter(messages)

    async def worker():
        for message_id, payload in iterator:
            await sender.send_async(payload, message_id)
            del payload

    async def main():
        tasks = [asyncio.create_task(worker()) for _ in range(capacity)]
        try:
            await asyncio.gather(*tasks)
        except BaseException:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    asyncio.run(main())
