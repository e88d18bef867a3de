# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the semaphore wrapper catches a coroutine's exception and returns None for it, so one failure "doesn't spoil the batch".
# Breaks: "If a coroutine raises, whichever it is (the last to start too), `gather_limited` raises that exception, as `asyncio.gather` does (no `return_exceptions=True`)"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)

    async def run_one(coro):
        async with semaphore:
            try:
                return await coro
            except Exception:
                return None  # keep going with the others

    return await asyncio.gather(*(run_one(coro) for coro in coros))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ None,"
