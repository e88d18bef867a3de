# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a sliding window of at most limit tasks; asyncio.wait(FIRST_COMPLETED) and one new task for each that finished.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    todo = iter(enumerate(coros))
    results = {}
    running = {}  # task -> index

    def start_one():
        for index, coro in todo:
            running[asyncio.ensure_future(coro)] = index
            return

    try:
        for _ in range(limit):
            start_one()
        while running:
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                index = running.pop(task)
                results[index] = task.result()  # raises the coroutine's own exception
                start_one()
    finally:
        for task in running:
            task.cancel()
        for _, coro in todo:
            coro.close()
    return [results[index] for index in range(len(results))]
