# Written from the student copy alone, without seeing the check or the solution.
# Approach: no waiting loop at all: start `limit` tasks, and each task's done-callback starts the next coroutine; a future is resolved with the results (or the first error).
import asyncio
import functools


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    if not coros:
        return []
    loop = asyncio.get_running_loop()
    results = [None] * len(coros)
    pending = iter(enumerate(coros))
    running = set()
    outcome = loop.create_future()
    left = len(coros)

    def start_next():
        for index, coro in pending:
            task = loop.create_task(coro)
            running.add(task)
            task.add_done_callback(functools.partial(on_done, index))
            return

    def on_done(index, task):
        nonlocal left
        running.discard(task)
        if outcome.done():
            return
        if task.cancelled():
            outcome.set_exception(asyncio.CancelledError())
            return
        error = task.exception()
        if error is not None:
            outcome.set_exception(error)
            return
        results[index] = task.result()
        left -= 1
        if left == 0:
            outcome.set_result(results)
        else:
            start_next()

    for _ in range(min(limit, len(coros))):
        start_next()
    try:
        return await outcome
    finally:
        for task in list(running):
            task.cancel()
        for _, coro in pending:
            coro.close()
