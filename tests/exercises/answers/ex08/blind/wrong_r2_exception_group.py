# Written from the student copy alone, without seeing the check or the solution.
# Mistake: uses a TaskGroup with a semaphore but lets its ExceptionGroup escape.
# Breaks: "A `TaskGroup` raises an `ExceptionGroup` instead: if you use one, raise the
# exception it holds (`group.exceptions[0]`)."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            return await coro

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(guarded(c)) for c in coros]
    return [t.result() for t in tasks]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"gather_limited\(coros, limit=4\) raised ExceptionGroup: unhandled errors in a TaskGroup"

# Added by the course: asyncio.TaskGroup and ExceptionGroup are new in Python 3.11.
NEEDS_PYTHON = (3, 11)
