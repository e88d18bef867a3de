# Written from the student copy alone, without seeing the check or the solution.
# WRONG: every coroutine is made a Task (so it starts) before the permit is taken; the semaphore only bounds the awaiting, not the running.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)
    tasks = [asyncio.create_task(c) for c in coros]

    async def guarded(task):
        async with semaphore:
            return await task

    return list(await asyncio.gather(*(guarded(t) for t in tasks)))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited ran [\d,.]+ coroutines at once"
