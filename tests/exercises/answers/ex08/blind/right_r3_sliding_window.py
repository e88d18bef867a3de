# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a sliding window of tasks with asyncio.wait(FIRST_COMPLETED): start up to `limit` tasks, and
# each time one finishes start the next coroutine, so a slow one holds only its own place. Results are
# stored by index (input order). On an error, the tasks still running are cancelled, the coroutines not
# started are closed, and the error is raised.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    pending = {}
    next_index = 0
    try:
        while next_index < len(coros) or pending:
            while next_index < len(coros) and len(pending) < limit:
                pending[asyncio.ensure_future(coros[next_index])] = next_index
                next_index += 1
            done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                index = pending.pop(task)
                results[index] = task.result()  # raises the coroutine's error
    except BaseException:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        for coro in coros[next_index:]:
            coro.close()
        raise
    return results
