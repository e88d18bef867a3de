# Written from the student copy alone, without seeing the check or the solution.
# Mistake: uses a TaskGroup with a semaphore but lets its ExceptionGroup escape instead of raising the exception it holds.
# Breaks: "A `TaskGroup` raises an `ExceptionGroup` instead: if you use one, catch the group (`except ExceptionGroup as eg:`) and raise the exception it holds, `eg.exceptions[0]`"
NEEDS_PYTHON = (3, 11)
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    semaphore = asyncio.Semaphore(limit)

    async def run(index, coro):
        try:
            async with semaphore:
                results[index] = await coro
        finally:
            coro.close()

    async with asyncio.TaskGroup() as group:
        for index, coro in enumerate(coros):
            group.create_task(run(index, coro))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) raised ExceptionGroup: unhandled"
