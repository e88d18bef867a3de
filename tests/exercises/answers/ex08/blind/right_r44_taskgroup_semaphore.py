# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: semaphore-guarded coroutines in an asyncio.TaskGroup; its ExceptionGroup is caught with a plain except and eg.exceptions[0] raised.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            return await coro

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(guarded(coro)) for coro in coros]
    except ExceptionGroup as eg:
        for coro in coros:
            coro.close()  # the ones cancelled before they started
        raise eg.exceptions[0]
    return [task.result() for task in tasks]

# Added by the course: asyncio.TaskGroup, ExceptionGroup and except* are new in Python 3.11.
NEEDS_PYTHON = (3, 11)
