# Written from the student copy alone, without seeing the check or the solution.
# Approach: start limit tasks; each task's done callback stores its result and starts the next coroutine; a future set by the callbacks says when all are done or the first error.
import asyncio


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    if not coros:
        return []
    loop = asyncio.get_running_loop()
    finished = loop.create_future()
    results = [None] * len(coros)
    running = set()
    next_index = 0
    remaining = len(coros)

    def start_next():
        nonlocal next_index
        index = next_index
        next_index += 1
        task = loop.create_task(coros[index])
        running.add(task)
        task.add_done_callback(lambda t: on_done(t, index))

    def on_done(task, index):
        nonlocal remaining
        running.discard(task)
        if finished.done():
            return  # already failed or cancelled: start nothing more
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
        elif next_index < len(coros):
            start_next()

    for _ in range(min(limit, len(coros))):
        start_next()
    try:
        return await finished
    finally:
        for task in list(running):
            task.cancel()
        for coro in coros[next_index:]:
            coro.close()
