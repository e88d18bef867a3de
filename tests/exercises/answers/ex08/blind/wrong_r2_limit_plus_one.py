# Written from the student copy alone, without seeing the check or the solution.
# Mistake: off by one: `limit` workers plus the caller "also working": limit + 1 workers.
# Breaks: "await every coroutine in the list `coros` with at most `limit` running at once".
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    pending = iter(enumerate(coros))

    async def worker():
        for i, coro in pending:
            results[i] = await coro

    await asyncio.gather(*(worker() for _ in range(limit + 1)))
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your gather_limited ran \d+ coroutines at once; the limit was 5\."
