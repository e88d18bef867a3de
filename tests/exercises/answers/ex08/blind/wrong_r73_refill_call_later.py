# Written from the student copy alone, without seeing the check or the solution.
# Mistake: each task's done callback starts the next one with loop.call_later(0, ...), a timer rather than a ready callback, so the freed place waits for a rest of the loop.
# Breaks: "the loop never rests while a place stands free and coroutines wait to start [...] A timer, even one set with `loop.call_later(0, ...)`, is not a ready callback."
import asyncio
import functools


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    if not coros:
        return []
    loop = asyncio.get_running_loop()
    results = [None] * len(coros)
    waiting = iter(enumerate(coros))
    finished = loop.create_future()
    remaining = len(coros)

    def start_next():
        if finished.done():
            return
        for index, coro in waiting:
            task = loop.create_task(coro)
            task.add_done_callback(functools.partial(on_done, index))
            return

    def on_done(index, task):
        nonlocal remaining
        if finished.done():
            return
        if task.exception() is not None:
            finished.set_exception(task.exception())
            return
        results[index] = task.result()
        remaining -= 1
        if remaining == 0:
            finished.set_result(results)
        else:
            loop.call_later(0, start_next)  # "start the next one right away"

    for _ in range(limit):
        start_next()
    return await finished


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the event loop rested \(it began a turn with no"
