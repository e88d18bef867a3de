# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the workers append each result as its coroutine ends, so the list is in completion order, not input order.
# Breaks: "return their results in input order, as `asyncio.gather` does"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = []
    todo = iter(coros)  # shared by every worker

    async def worker():
        for coro in todo:
            results.append(await coro)

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(coros)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        if workers:
            await asyncio.wait(workers)
        for coro in todo:
            coro.close()
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\); expected the [\d,.]+ results in input order, \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\)\."
