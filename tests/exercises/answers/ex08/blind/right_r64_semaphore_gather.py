# Written from the student copy alone, without seeing the check or the solution.
# Approach: wrap each coroutine so it awaits an asyncio.Semaphore(limit) before it starts, then gather the wrappers.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run_one(coro):
        try:
            async with semaphore:  # wait for a permit before the coroutine starts
                return await coro
        finally:
            coro.close()  # no-op once it has run; closes it if it was cancelled before starting

    tasks = [asyncio.ensure_future(run_one(coro)) for coro in coros]
    try:
        return await asyncio.gather(*tasks)  # gather keeps input order and raises the first error
    except BaseException:
        for task in tasks:
            task.cancel()  # the others are not needed any more
        raise
