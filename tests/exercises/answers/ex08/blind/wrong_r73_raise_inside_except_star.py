# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the exception is taken out of the TaskGroup's group inside an except* clause, where Python 3.11.0 to 3.11.3 wrap it in a new group again. Needs Python 3.11+.
# Breaks: "catch the group (`except ExceptionGroup as eg:`) and raise the exception it holds, `eg.exceptions[0]` (not inside `except* Exception as eg:`: there, Python 3.11.0 to 3.11.3 wrap the exception you raise in a new group"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
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

# Added by the course: asyncio.TaskGroup, ExceptionGroup and except* are new in Python 3.11.
NEEDS_PYTHON = (3, 11)
