# Written from the student copy alone, without seeing the check or the solution.
# Mistake: unwraps the TaskGroup's error by raising eg.exceptions[0] inside `except* Exception as eg:`, which Python 3.11.0 to 3.11.3 wrap again in a new ExceptionGroup (right only from 3.11.4 on).
# Breaks: "raise the exception it holds, `eg.exceptions[0]` (not inside `except* Exception as eg:`: there, Python 3.11.0 to 3.11.3 wrap the exception you raise in a new group, a bug fixed in 3.11.4)"
# Needs Python 3.11+ (asyncio.TaskGroup, except* syntax: the module does not even compile on 3.10).
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

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(run(coro)) for coro in coros]
    except* Exception as eg:
        raise eg.exceptions[0]
    return [task.result() for task in tasks]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited raises an exception inside an `except\*` clause\. It works on this Python, but on Python [\d,.]+ to [\d,.]+ an exception"

NEEDS_PYTHON = (3, 11)
