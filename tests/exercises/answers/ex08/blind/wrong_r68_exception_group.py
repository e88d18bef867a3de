# Written from the student copy alone, without seeing the check or the solution.
# Mistake: uses a TaskGroup with a semaphore but lets the TaskGroup's ExceptionGroup escape instead of raising the exception it holds.
# Breaks: "A `TaskGroup` raises an `ExceptionGroup` instead: if you use one, catch the group (`except ExceptionGroup as eg:`) and raise the exception it holds, `eg.exceptions[0]`"
# Needs Python 3.11+ (asyncio.TaskGroup).
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
            coro.close()

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(run(coro)) for coro in coros]
    return [task.result() for task in tasks]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) raised ExceptionGroup: unhandled"

NEEDS_PYTHON = (3, 11)
