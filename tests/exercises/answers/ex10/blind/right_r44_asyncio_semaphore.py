# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: asyncio.run in the caller's thread: an asyncio.Semaphore of capacity acquired before each next(), one task per message with HttpSender.send_async (retries, backoff, key); first error cancels the rest and is raised.
import asyncio

from pool_lab import HttpSender


async def _deliver(url, messages, capacity, service_time_s):
    sender = HttpSender(
        url,
        timeout_s=max(1.0, 20 * service_time_s),
        retries=3,
        backoff_s=service_time_s,
        max_backoff_s=0.5,
        idempotency_key=True,
        pool_maxsize=capacity,
    )
    slots = asyncio.Semaphore(capacity)
    tasks = set()
    errors = []

    async def send(message_id, payload):
        try:
            await sender.send_async(payload, message_id)
        except Exception as error:
            errors.append(error)
        finally:
            del payload
            slots.release()

    iterator = iter(messages)
    try:
        while True:
            await slots.acquire()  # a free slot first, then the next payload
            if errors:
                slots.release()
                break
            try:
                message_id, payload = next(iterator)
            except StopIteration:
                slots.release()
                break
            task = asyncio.create_task(send(message_id, payload))
            del payload
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
    if errors:
        raise errors[0]


def deliver_all(url, messages, capacity, service_time_s):
    """Send every (message_id, payload) of `messages` to the receiver at `url`: each exactly once, bounded."""
    asyncio.run(_deliver(url, messages, capacity, service_time_s))
