# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the semaphore is taken only after the coroutine was wrapped in a task, so every coroutine starts at once and only the await is bounded.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(task):
        async with semaphore:
            return await task

    tasks = [asyncio.ensure_future(coro) for coro in coros]  # starts them all now
    return await asyncio.gather(*(guarded(task) for task in tasks))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once"
