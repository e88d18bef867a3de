# Written from the student copy alone, without seeing the check or the solution.
# Mistake: instead of waiting for a task's end, the loop sleeps 5 ms and then looks which tasks are done, so a free place waits for the next look.
# Breaks: "the loop never rests while a place stands free and coroutines wait to start"
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    results = [None] * len(coros)
    waiting = iter(enumerate(coros))
    running = {}  # task -> index of its coroutine

    def fill():
        while len(running) < limit:
            item = next(waiting, None)
            if item is None:
                return
            index, coro = item
            running[asyncio.create_task(coro)] = index

    try:
        fill()
        while running:
            await asyncio.sleep(0.005)  # check again in a moment
            for task in [task for task in running if task.done()]:
                results[running.pop(task)] = task.result()
            fill()
    except BaseException:
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(running)
        for _, coro in waiting:
            coro.close()
        raise
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the event loop rested \(it began a turn with no"
