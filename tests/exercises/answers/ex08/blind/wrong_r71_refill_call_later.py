# Written from the student copy alone, without seeing the check or the solution.
# Mistake: each task's done callback schedules the next start with loop.call_later(0.001, ...) "to let the loop breathe", so a freed place waits for a timer.
# Breaks: "And start it *as soon as* a place is free. ... the loop may not run out of ready callbacks while a place stands free and coroutines wait to start."
import asyncio

DELAY_S = 0.001


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    if not coros:
        return []
    loop = asyncio.get_running_loop()
    results = [None] * len(coros)
    finished = loop.create_future()
    running = set()
    next_index = 0
    remaining = len(coros)

    def start_next():
        nonlocal next_index
        if finished.done() or next_index >= len(coros):
            return
        index = next_index
        next_index += 1
        task = loop.create_task(coros[index])
        running.add(task)
        task.add_done_callback(lambda t: on_done(index, t))

    def on_done(index, task):
        nonlocal remaining
        running.discard(task)
        if finished.done():
            return
        if task.cancelled():
            finished.cancel()
            return
        if task.exception() is not None:
            finished.set_exception(task.exception())
            return
        results[index] = task.result()
        remaining -= 1
        if remaining == 0:
            finished.set_result(results)
        else:
            loop.call_later(DELAY_S, start_next)

    for _ in range(min(limit, len(coros))):
        start_next()
    try:
        return await finished
    except BaseException:
        for task in list(running):
            task.cancel()
        for coro in coros[next_index:]:
            coro.close()
        next_index = len(coros)
        raise


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your gather_limited left a freed place empty while coroutines waited to start: [\d,.]+ times, the event loop rested \(it began a turn with no callback ready\) while fewer than [\d,.]+ coroutines ran"
