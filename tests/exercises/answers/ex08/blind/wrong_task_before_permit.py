# Written from the student copy alone, without seeing the check or the solution.
# WRONG: every coroutine is turned into a task first (create_task starts it at the next loop turn),
# and only the AWAIT of the task is guarded by the semaphore. The tasks run without waiting for any
# permit, so every coroutine runs at once; the semaphore only limits who is waiting for a result.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)
    tasks = [asyncio.ensure_future(coro) for coro in coros]

    async def one(task):
        async with semaphore:
            return await task

    return await asyncio.gather(*(one(task) for task in tasks))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once; the limit was [\d,.]+\."
