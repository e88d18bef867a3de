# Written from the student copy alone, without seeing the check or the solution.
# WRONG (error wrapped): asyncio workers under asyncio.TaskGroup; everything else right, but a worker's DeliveryFailed reaches the caller wrapped in an ExceptionGroup, which `except DeliveryFailed` does not catch.
import asyncio

from pool_lab import HttpSender


def deliver_all(url, messages, capacity, service_time_s):
    n_workers = capacity + 1
    sender = HttpSender(url, timeout_s=2.0, retries=5, backoff_s=0.05,
                        idempotency_key=True, pool_maxsize=n_workers)
    iterator = iter(messages)

    async def worker():
        for message_id, payload in iterator:
            await sender.send_async(payload, message_id)
            del payload

    async def main():
        async with asyncio.TaskGroup() as group:
            for _ in range(n_workers):
                group.create_task(worker())

    asyncio.run(main())


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised ExceptionGroup: unhandled errors in a TaskGroup"
NEEDS_PYTHON = (3, 11)  # asyncio.TaskGroup
