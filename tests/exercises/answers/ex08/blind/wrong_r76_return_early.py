# Written from the student copy alone, without seeing the check or the solution.
# Mistake: workers call queue.task_done() as soon as they take an item, so queue.join() returns once the last coroutine has started, not ended; the last ones are cancelled unfinished.
# Breaks: "await every coroutine in the list `coros` with at most `limit` running at once, and return their results in input order"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    queue = asyncio.Queue()
    for item in enumerate(coros):
        queue.put_nowait(item)
    results = [None] * queue.qsize()
    errors = []

    async def worker():
        while True:
            index, coro = await queue.get()
            queue.task_done()  # this item is taken care of
            try:
                results[index] = await coro
            except Exception as exc:
                errors.append(exc)

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(results)))]
    try:
        await queue.join()  # every item processed
    finally:
        for task in workers:
            task.cancel()
        if workers:
            await asyncio.wait(workers)
        while not queue.empty():
            _, coro = queue.get_nowait()
            coro.close()
    if errors:
        raise errors[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[None, [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\); expected the [\d,.]+ results in input order, \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+"
