# Written from the student copy alone, without seeing the check or the solution.
# Approach: a semaphore inside an asyncio.TaskGroup; the ExceptionGroup is caught and the error it holds is raised.
NEEDS_PYTHON = (3, 11)

import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    semaphore = asyncio.Semaphore(limit)

    async def run_one(coro):
        async with semaphore:  # wait for a permit before the coroutine starts
            return await coro

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(run_one(coro)) for coro in coros]
    except ExceptionGroup as eg:
        # The group has cancelled the others and waited for them; close the
        # coroutines that never started (close() does nothing to finished ones).
        for coro in coros:
            coro.close()
        raise eg.exceptions[0]
    return [task.result() for task in tasks]
