# Written from the student copy alone, without seeing the check or the solution.
# WRONG: each coroutine is wrapped in a task (so it starts at once) before it waits for the semaphore, which then bounds nothing.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        task = asyncio.ensure_future(coro)  # already scheduled: it runs whether or not we hold a permit
        async with semaphore:
            return await task

    return await asyncio.gather(*(guarded(coro) for coro in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once"
