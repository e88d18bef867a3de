# Written from the student copy alone, without seeing the check or the solution.
# Approach: wrap each coroutine so it waits for a permit of asyncio.Semaphore(limit) before it starts, then asyncio.gather the wrappers.
# Runs on Python 3.10 to 3.13.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run(coro):
        try:
            async with semaphore:  # wait for a place before the coroutine takes its first step
                return await coro
        finally:
            coro.close()  # a coroutine cancelled before it started would warn "never awaited"

    tasks = [asyncio.ensure_future(run(coro)) for coro in coros]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:
        # One failed (or we were cancelled): stop the others, then raise the original error.
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
