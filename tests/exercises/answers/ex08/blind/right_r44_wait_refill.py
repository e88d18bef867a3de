# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a window of at most limit tasks; asyncio.wait(FIRST_COMPLETED) frees places and each freed place is refilled at once.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    pending = {}  # task -> index
    upcoming = iter(enumerate(coros))

    def refill():
        while len(pending) < limit:
            try:
                index, coro = next(upcoming)
            except StopIteration:
                return
            pending[asyncio.ensure_future(coro)] = index

    try:
        refill()
        while pending:
            done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                index = pending.pop(task)
                results[index] = task.result()  # raises the coroutine's own exception
            refill()
    except BaseException:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)
        for coro in coros:
            coro.close()
        raise
    return results
