# Written from the student copy alone, without seeing the check or the solution.
# Approach: semaphore-guarded wrappers inside an asyncio.TaskGroup; catch the ExceptionGroup and raise the error it holds.
# Needs Python 3.11+ (asyncio.TaskGroup, ExceptionGroup).
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run(coro):
        try:
            async with semaphore:
                return await coro
        finally:
            coro.close()  # the group cancels the waiting ones; close them so they do not warn

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(run(coro)) for coro in coros]
    except ExceptionGroup as eg:  # plain except, not except*
        raise eg.exceptions[0] from None
    return [task.result() for task in tasks]

NEEDS_PYTHON = (3, 11)
