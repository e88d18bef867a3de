# Written from the student copy alone, without seeing the check or the solution.
# Mistake: results are appended as each coroutine ends, so they come back in completion order, not input order.
# Breaks: "return their results in input order, as `asyncio.gather` does"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    semaphore = asyncio.Semaphore(limit)
    results = []

    async def run(coro):
        try:
            async with semaphore:
                results.append(await coro)
        finally:
            coro.close()

    await asyncio.gather(*(run(coro) for coro in coros))
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\); expected the [\d,.]+ results in input order, \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\)\."
