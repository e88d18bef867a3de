# Written from the student copy alone, without seeing the check or the solution.
# Mistake: queue workers call task_done() as soon as they take an item, so queue.join() returns when the last coroutines have only started; the workers are then cancelled with them.
# Breaks: "await every coroutine in the list `coros` ... and return their results"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    queue = asyncio.Queue()
    count = 0
    for index, coro in enumerate(coros):
        queue.put_nowait((index, coro))
        count += 1
    results = [None] * count
    failure = []

    async def worker():
        while True:
            index, coro = await queue.get()
            queue.task_done()
            try:
                results[index] = await coro
            except Exception as error:
                failure.append(error)
                while not queue.empty():  # stop the others from starting
                    _, left = queue.get_nowait()
                    left.close()
                    queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(limit)]
    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    if failure:
        raise failure[0]
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"gather_limited returned \[None, [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items?\); expected the [\d,.]+ results in input order, \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+"
