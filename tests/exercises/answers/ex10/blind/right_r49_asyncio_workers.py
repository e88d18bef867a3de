# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: asyncio.run in the caller's thread: capacity coroutines each take the next message (one thread, so no lock) and await send_async with retries+key; first failure stops the rest; re-raised after all end.
import asyncio

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    sender = HttpSender(url, timeout_s=5.0, retries=5, backoff_s=0.02, idempotency_key=True, pool_maxsize=capacity)
    source = iter(messages)
    errors = []

    async def worker():
        while not errors:
            try:
                message_id, payload = next(source)
            except StopIteration:
                return
            try:
                await sender.send_async(payload, message_id)
            except Exception as error:
                errors.append(error)
                return
            finally:
                payload = None

    async def main():
        await asyncio.gather(*(worker() for _ in range(capacity)))

    asyncio.run(main())  # closes the loop and joins its default executor before returning
    if errors:
        raise errors[0]
