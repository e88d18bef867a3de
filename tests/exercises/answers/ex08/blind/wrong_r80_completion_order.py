# Written from the student copy alone, without seeing the check or the solution.
# Mistake: worker tasks append each result as it finishes, so the list comes back in completion order, not input order.
# Breaks: "return a list of their results in input order, as `asyncio.gather` does."
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    if not coros:
        return []
    results = []
    jobs = iter(coros)

    async def worker():
        for coro in jobs:
            results.append(await coro)

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        done, pending = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            if task.exception() is not None:
                raise task.exception()
        return results
    finally:
        for task in workers:
            task.cancel()
        for coro in jobs:
            coro.close()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\); expected the [\d,.]+ results in input order, \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\)\."
