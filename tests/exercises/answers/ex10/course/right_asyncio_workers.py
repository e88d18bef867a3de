# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Right: `capacity` coroutines share the iterator and send with aiohttp (HttpSender.send_async).
import asyncio

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    # `capacity` coroutines share the iterator and send with aiohttp.
    sender = HttpSender(url, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)

    async def worker():
        for message_id, payload in messages:  # the workers share one iterator
            await sender.send_async(payload, message_id)

    async def main():
        await asyncio.gather(*(worker() for _ in range(capacity)))

    asyncio.run(main())
