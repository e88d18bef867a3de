# Written from the student copy alone, without seeing the check or the solution.
# Approach: (Python 3.11+, needs asyncio.TaskGroup) semaphore-wrapped tasks inside a TaskGroup; the ExceptionGroup is caught with a plain except and its exception re-raised.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run(coro):
        try:
            async with semaphore:
                return await coro
        finally:
            coro.close()  # a task cancelled by the group before its turn never awaited it

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(run(coro)) for coro in coros]
    except ExceptionGroup as eg:
        raise eg.exceptions[0]
    return [task.result() for task in tasks]

# Added by the course: asyncio.TaskGroup, ExceptionGroup and except* are new in Python 3.11.
NEEDS_PYTHON = (3, 11)
