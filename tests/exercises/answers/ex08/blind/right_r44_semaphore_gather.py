# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: each coroutine waits for a permit of asyncio.Semaphore(limit) before it starts; gather keeps input order, the rest are cancelled on an error.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        try:
            async with semaphore:
                return await coro
        finally:
            coro.close()  # no-op once it has run; silences one that never started

    tasks = [asyncio.ensure_future(guarded(coro)) for coro in coros]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for coro in coros:
            coro.close()
        raise
