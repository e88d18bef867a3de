# Written from the student copy alone, without seeing the check or the solution.
# Approach: asyncio.TaskGroup with a semaphore inside each task; the ExceptionGroup is caught and the exception it holds is raised. Needs Python 3.11+ (TaskGroup, ExceptionGroup).
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
            coro.close()  # a coroutine cancelled before it started is closed, not left "never awaited"

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(run(coro)) for coro in coros]
    except ExceptionGroup as eg:
        raise eg.exceptions[0]
    return [task.result() for task in tasks]

# Added by the course: asyncio.TaskGroup, ExceptionGroup and except* are new in Python 3.11.
NEEDS_PYTHON = (3, 11)
