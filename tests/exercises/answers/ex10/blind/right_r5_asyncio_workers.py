# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: asyncio.run in the check's thread: capacity+1 worker coroutines share the message iterator and use send_async (bounded retries, backoff, key, timeout); the first DeliveryFailed stops new takes and is re-raised as itself (not wrapped in an ExceptionGroup).
import asyncio

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    n_workers = capacity + 1
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=n_workers)
    iterator = iter(messages)
    errors = []

    async def worker():
        while not errors:
            try:
                message_id, payload = next(iterator)
            except StopIteration:
                return
            try:
                await sender.send_async(payload, message_id)
            except Exception as error:
                errors.append(error)
                return
            finally:
                del payload

    async def main():
        await asyncio.gather(*(worker() for _ in range(n_workers)))

    asyncio.run(main())
    if errors:
        raise errors[0]
