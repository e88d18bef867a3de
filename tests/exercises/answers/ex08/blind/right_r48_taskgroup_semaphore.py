# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a semaphore inside an asyncio.TaskGroup; the ExceptionGroup is caught with a plain except and its first exception raised.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)
    coros = list(coros)
    results = [None] * len(coros)

    async def run(index, coro):
        try:
            async with semaphore:
                results[index] = await coro
        finally:
            coro.close()

    try:
        async with asyncio.TaskGroup() as group:
            for index, coro in enumerate(coros):
                group.create_task(run(index, coro))
    except ExceptionGroup as eg:
        raise eg.exceptions[0] from None
    return results

# Added by the course: asyncio.TaskGroup, ExceptionGroup and except* are new in Python 3.11.
NEEDS_PYTHON = (3, 11)
