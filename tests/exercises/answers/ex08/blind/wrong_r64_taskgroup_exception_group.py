# Written from the student copy alone, without seeing the check or the solution.
# Mistake: semaphore inside an asyncio.TaskGroup (Python 3.11+) without unwrapping, so a failure comes out as an ExceptionGroup.
# Breaks: "A `TaskGroup` raises an `ExceptionGroup` instead: if you use one, catch the group (`except ExceptionGroup as eg:`) and raise the exception it holds"
# Needs Python 3.11+ (asyncio.TaskGroup).
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run_one(coro):
        async with semaphore:
            return await coro

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(run_one(coro)) for coro in coros]
    return [task.result() for task in tasks]

NEEDS_PYTHON = (3, 11)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"but gather_limited\(coros, limit=4\) raised ExceptionGroup: .*Hint: raise the task's own exception, not another"
