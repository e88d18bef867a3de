# Written from the student copy alone, without seeing the check or the solution.
# WRONG: uses a TaskGroup and lets its ExceptionGroup reach the caller instead of the coroutine's own exception.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)
    coros = list(coros)
    results = [None] * len(coros)

    async def run(index, coro):
        async with semaphore:
            results[index] = await coro

    async with asyncio.TaskGroup() as group:
        for index, coro in enumerate(coros):
            group.create_task(run(index, coro))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) raised"

# Added by the course: asyncio.TaskGroup, ExceptionGroup and except* are new in Python 3.11.
NEEDS_PYTHON = (3, 11)
