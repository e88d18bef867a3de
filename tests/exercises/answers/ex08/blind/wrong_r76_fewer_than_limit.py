# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the window is first filled with coros[0] .. coros[limit - 1], which raises IndexError when there are fewer than `limit` (or none).
# Breaks: "Any number of coroutines: with fewer than `limit`, all of them run at once; given none, `gather_limited([], limit)` returns `[]` at once"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    running = {}  # task -> index of its coroutine
    next_index = 0

    def start(index):
        running[asyncio.create_task(coros[index])] = index

    try:
        for next_index in range(limit):  # fill the window
            start(next_index)
        next_index = limit
        while running:
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                results[running.pop(task)] = task.result()
                if next_index < len(coros):
                    start(next_index)
                    next_index += 1
    except BaseException:
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(running)
        for coro in coros[next_index:]:
            coro.close()
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"given [\d,.]+ coroutines?, fewer than limit=[\d,.]+ your gather_limited raised IndexError: list index out of range\. Hint: start min\(limit, len\(coros\)\)"
