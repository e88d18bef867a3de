# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the semaphore inside an asyncio.TaskGroup, as in notebook 5, bounds
# the coroutines correctly, but lets the group's ExceptionGroup escape. Breaks
# "If a coroutine raises, gather_limited raises that exception ... A TaskGroup
# raises an ExceptionGroup instead: if you use one, catch the group ... and
# raise the exception it holds": the caller gets ExceptionGroup, not the error.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            return await coro

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(guarded(coro)) for coro in coros]
    return [task.result() for task in tasks]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"but gather_limited\(coros, limit=4\) raised (Base)?ExceptionGroup: .* Hint: raise the task's own exception, not another"
# asyncio.TaskGroup is new in Python 3.11.
NEEDS_PYTHON = (3, 11)
