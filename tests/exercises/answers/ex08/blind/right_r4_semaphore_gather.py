# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: every coroutine is wrapped so that it waits for a permit of an
# asyncio.Semaphore(limit) before it is awaited; gather() of the wrappers keeps
# the input order and raises the first exception. On an error the other
# wrappers are cancelled and awaited, and coroutines that never started are
# closed, so nothing is left running or "never awaited" in the caller's loop.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        try:
            async with semaphore:  # wait for a place before the coroutine starts
                return await coro
        finally:
            close = getattr(coro, "close", None)
            if close is not None:
                close()  # a no-op once it has run; else it was never started

    tasks = [asyncio.ensure_future(guarded(coro)) for coro in coros]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
