# Written from the student copy alone, without seeing the check or the solution.
# Mistake: workers call queue.task_done() as soon as they take a coroutine, not when it ends, so queue.join() returns (and the workers are cancelled) while the last coroutines still run.
# Breaks: "await every coroutine in the list `coros` [...] and return their results in input order"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    queue = asyncio.Queue()
    for item in enumerate(coros):
        queue.put_nowait(item)

    async def worker():
        while True:
            index, coro = await queue.get()
            queue.task_done()
            results[index] = await coro

    workers = [asyncio.create_task(worker()) for _ in range(limit)]
    await queue.join()
    for task in workers:
        task.cancel()
    outcomes = await asyncio.gather(*workers, return_exceptions=True)
    for outcome in outcomes:
        if isinstance(outcome, Exception) and not isinstance(outcome, asyncio.CancelledError):
            raise outcome
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[None, [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\); expected the [\d,.]+ results in input order, \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+"
