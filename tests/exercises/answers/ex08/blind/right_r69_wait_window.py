# Written from the student copy alone, without seeing the check or the solution.
# Approach: a sliding window of at most `limit` tasks; asyncio.wait(FIRST_COMPLETED) returns as soon as any ends, and every freed place is refilled before waiting again.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    index_of = {}
    window = set()
    next_index = 0
    try:
        while next_index < len(coros) or window:
            while next_index < len(coros) and len(window) < limit:
                task = asyncio.create_task(coros[next_index])
                index_of[task] = next_index
                window.add(task)
                next_index += 1
            done, window = await asyncio.wait(window, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                results[index_of.pop(task)] = task.result()  # raises the coroutine's error
        return results
    except BaseException:
        for task in window:
            task.cancel()
        for coro in coros[next_index:]:
            coro.close()
        raise
