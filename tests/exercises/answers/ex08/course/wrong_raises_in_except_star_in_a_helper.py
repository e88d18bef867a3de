# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# Wrong: the TaskGroup runs in a helper of the same module, which raises eg.exceptions[0] inside except*:
# Python 3.11.0 to 3.11.3 wrap it in a new group, however deep in the answer it sits (read 31).
import asyncio

NEEDS_PYTHON = (3, 11, 4)  # except*; on 3.11.0 to 3.11.3 the run itself shows the group instead


async def _run_all(coros, limit):
    semaphore = asyncio.Semaphore(limit)

    async def one(coro):
        async with semaphore:
            return await coro

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one(coro)) for coro in coros]
    except* Exception as eg:
        raise eg.exceptions[0]
    return [task.result() for task in tasks]


async def gather_limited(coros, limit):
    return await _run_all(coros, limit)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited raises an exception inside an `except\*` clause\."
