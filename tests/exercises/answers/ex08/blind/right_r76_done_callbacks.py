# Written from the student copy alone, without seeing the check or the solution.
# Approach: each task's done callback stores its result and starts the next task; a future is set when the last ends.
import asyncio
import functools


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    coros = list(coros)
    if not coros:
        return []
    loop = asyncio.get_running_loop()
    all_done = loop.create_future()
    results = [None] * len(coros)
    waiting = iter(enumerate(coros))
    running = set()
    left = len(coros)

    def start_next():
        for index, coro in waiting:
            task = loop.create_task(coro)
            running.add(task)
            task.add_done_callback(functools.partial(on_done, index))
            return

    def on_done(index, task):
        nonlocal left
        running.discard(task)
        if all_done.done():  # an error was already reported, or we were cancelled
            if not task.cancelled():
                task.exception()  # mark it retrieved
            return
        if task.cancelled():
            all_done.cancel()
            return
        error = task.exception()
        if error is not None:
            all_done.set_exception(error)
            return
        results[index] = task.result()
        left -= 1
        if left == 0:
            all_done.set_result(results)
        else:
            start_next()

    for _ in range(limit):
        start_next()
    try:
        return await all_done
    finally:
        if running:  # only after an error or a cancellation
            still_running = set(running)
            for task in still_running:
                task.cancel()
            await asyncio.wait(still_running)
        for _, coro in waiting:
            coro.close()
