# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: callback chaining: each finished task's done-callback starts the next coroutine; one loop future wakes the caller at the end or on the first error.
import asyncio
import functools


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    loop = asyncio.get_running_loop()
    coros = list(coros)
    total = len(coros)
    results = [None] * total
    if total == 0:
        return results
    finished = loop.create_future()
    state = {"next": 0, "done": 0}
    running = set()

    def start_next():
        index = state["next"]
        state["next"] += 1
        task = loop.create_task(coros[index])
        running.add(task)
        task.add_done_callback(functools.partial(on_done, index))

    def on_done(index, task):
        running.discard(task)
        if finished.done():
            return
        if task.cancelled():
            finished.cancel()
            return
        error = task.exception()
        if error is not None:
            finished.set_exception(error)
            return
        results[index] = task.result()
        state["done"] += 1
        if state["next"] < total:
            start_next()
        elif state["done"] == total:
            finished.set_result(None)

    for _ in range(min(limit, total)):
        start_next()
    try:
        await finished
    finally:
        for task in list(running):
            task.cancel()
        for coro in coros[state["next"]:]:
            coro.close()
    return results
