# Written from the student copy alone, without seeing the check or the solution.
# Mistake: each worker catches the coroutine's exception, logs it and stores None so the others carry on; the caller never sees the error.
# Breaks: "If a coroutine raises, `gather_limited` raises that exception, as `asyncio.gather` does"
import asyncio
import logging

log = logging.getLogger(__name__)


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    jobs = iter(enumerate(coros))

    async def worker():
        for index, coro in jobs:
            try:
                results[index] = await coro
            except Exception:
                log.exception("coroutine %d failed", index)
                results[index] = None

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        for _, coro in jobs:
            coro.close()
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"coros\[[\d,.]+\], of [\d,.]+ coroutines, raised PlantedError\('coros\[[\d,.]+\] failed on purpose'\), but gather_limited\(coros, limit=[\d,.]+\) returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ None, \.\.\.\]"
