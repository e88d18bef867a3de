# Written from the student copy alone, without seeing the check or the solution.
# Approach: no loop at all: each task's done callback starts the next coroutine; the last one to finish resolves a future that gather_limited awaits.
import asyncio


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
        if next_index < len(coros):
            start_next()
        elif remaining == 0:
            finished.set_result(results)

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
