# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a loop around `await asyncio.sleep(0)` looks for finished tasks on every turn, busy-waiting instead of waiting for an end.
# Breaks: "once a coroutine has ended, the loop *waits* (rests until a timer that is not yet due) at least once while every place is taken"
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
            await asyncio.sleep(0)  # let the tasks run, then look again
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
FAILS_WITH = r"once a coroutine had ended, the event loop never waited while every place (was|were) taken and coroutines waited to start: it always had a"
