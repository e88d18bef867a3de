# Written from the student copy alone, without seeing the check or the solution.
# WRONG: re-raises eg.exceptions[0] inside an except* clause, which the notebook forbids (Python 3.11.0-3.11.3 wrap it in a new ExceptionGroup).
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            return await coro

    tasks = []
    try:
        async with asyncio.TaskGroup() as group:
            for c in coros:
                tasks.append(group.create_task(guarded(c)))
    except* Exception as eg:
        raise eg.exceptions[0]
    return [t.result() for t in tasks]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited raises an exception inside an `except\*` clause\. It works on this Python, but on Python"

# Added by the course: asyncio.TaskGroup, ExceptionGroup and except* are new in Python 3.11.
NEEDS_PYTHON = (3, 11)
