# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a sliding window of at most limit tasks with asyncio.wait(FIRST_COMPLETED), one new task started for each that finishes; results by index.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    source = iter(enumerate(coros))
    results = {}
    index_of = {}
    pending = set()

    def start_next():
        for index, coro in source:
            task = asyncio.ensure_future(coro)
            index_of[task] = index
            pending.add(task)
            return True
        return False

    try:
        while len(pending) < limit and start_next():
            pass
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                results[index_of.pop(task)] = task.result()  # raises the coroutine's error
            for _ in done:
                start_next()
    except BaseException:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)
        for task in pending:
            if not task.cancelled():
                task.exception()  # retrieved, so no "never retrieved" warning
        for _, coro in source:
            coro.close()
        raise
    return [results[i] for i in range(len(results))]
