# Written from the student copy alone, without seeing the check or the solution.
# Approach: an asyncio.TaskGroup (Python 3.11+) with a task per coroutine, each waiting
# for an asyncio.Semaphore(limit) before it starts; on failure the TaskGroup cancels the
# others and raises an ExceptionGroup, from which the first exception is re-raised.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            return await coro

    coros = list(coros)
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(guarded(c)) for c in coros]
    except BaseExceptionGroup as eg:
        for c in coros:
            c.close()  # closes those never started; harmless for finished ones
        raise eg.exceptions[0]
    return [t.result() for t in tasks]

# Added by the course: asyncio.TaskGroup and ExceptionGroup are new in Python 3.11.
NEEDS_PYTHON = (3, 11)
