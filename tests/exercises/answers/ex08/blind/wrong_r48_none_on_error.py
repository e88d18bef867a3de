# Written from the student copy alone, without seeing the check or the solution.
# WRONG: the error is turned into None: each guarded coroutine catches Exception and returns None, so the caller never sees it.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with semaphore:
            try:
                return await coro
            except Exception:
                return None  # "one failure should not spoil the batch"

    return await asyncio.gather(*(guarded(coro) for coro in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) returned"
