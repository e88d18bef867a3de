# Written from the student copy alone, without seeing the check or the solution.
# WRONG: a TaskGroup whose ExceptionGroup is caught with except* and eg.exceptions[0] raised inside it, which the copy says not to do (wrapped again on Python 3.11.0 to 3.11.3).
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run(coro):
        async with semaphore:
            return await coro

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(run(coro)) for coro in coros]
    except* Exception as eg:
        raise eg.exceptions[0]
    return [task.result() for task in tasks]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited raises an exception inside an `except\*` clause\. .* Python 3\.11\.0 to 3\.11\.3"
NEEDS_PYTHON = (3, 11, 4)  # except*, and a raise inside it that 3.11.0 to 3.11.3 wrap in a new group
