# Written from the student copy alone, without seeing the check or the solution.
# Mistake: Python 3.11+ (asyncio.TaskGroup): semaphore tasks in a TaskGroup, but the ExceptionGroup it raises is let through instead of the coroutine's own exception.
# Breaks: "A `TaskGroup` raises an `ExceptionGroup` instead: if you use one, catch the group (`except ExceptionGroup as eg:`) and raise the exception it holds, `eg.exceptions[0]`"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run_with_permit(coro):
        async with semaphore:
            return await coro

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(run_with_permit(coro)) for coro in coros]
    return [task.result() for task in tasks]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) raised ExceptionGroup: unhandled"

# Added by the course: asyncio.TaskGroup, ExceptionGroup and except* are new in Python 3.11.
NEEDS_PYTHON = (3, 11)
