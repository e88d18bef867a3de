# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a semaphore inside an asyncio.TaskGroup; the ExceptionGroup is caught with a plain except and its first exception re-raised.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        try:
            async with semaphore:
                return await coro
        finally:
            coro.close()  # no-op once it has run; closes one cancelled before its turn

    tasks = []
    try:
        async with asyncio.TaskGroup() as group:
            for coro in coros:
                tasks.append(group.create_task(guarded(coro)))
    except ExceptionGroup as eg:
        raise eg.exceptions[0]
    return [task.result() for task in tasks]

# Added by the course: asyncio.TaskGroup, ExceptionGroup and except* are new in Python 3.11.
NEEDS_PYTHON = (3, 11)
