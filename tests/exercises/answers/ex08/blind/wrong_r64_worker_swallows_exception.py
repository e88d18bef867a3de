# Written from the student copy alone, without seeing the check or the solution.
# Mistake: `limit` workers on a shared iterator, but each worker catches a coroutine's exception and stores None, so gather_limited never raises.
# Breaks: "If a coroutine raises, `gather_limited` raises that exception, as `asyncio.gather` does"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    results = [None] * len(coros)
    pending = iter(enumerate(coros))

    async def worker():
        for index, coro in pending:
            try:
                results[index] = await coro
            except Exception:
                results[index] = None  # keep the worker alive for the next coroutine

    await asyncio.gather(*(worker() for _ in range(min(limit, len(coros)))))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"but gather_limited\(coros, limit=4\) returned \[0, 37, 74, 10, None, \.\.\.\] \(20 items\): the exception was lost"
