# Written from the student copy alone, without seeing the check or the solution.
# Approach: no helper coroutine at all: each task's done callback stores its result and schedules the next start with loop.call_soon; the caller awaits one future.
import asyncio
import functools


async def gather_limited(coros, limit):
    """Return the results of `coros` in order, with at most `limit` of them running at once."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    coros = list(coros)
    if not coros:
        return []
    loop = asyncio.get_running_loop()
    results = [None] * len(coros)
    waiting = iter(enumerate(coros))
    running = set()
    finished = loop.create_future()
    remaining = len(coros)

    def start_next():
        if finished.done():
            return
        for index, coro in waiting:
            task = loop.create_task(coro)
            running.add(task)
            task.add_done_callback(functools.partial(on_done, index))
            return

    def on_done(index, task):
        nonlocal remaining
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
        remaining -= 1
        if remaining == 0:
            finished.set_result(results)
        else:
            loop.call_soon(start_next)  # a ready callback: runs in the loop's next turn

    for _ in range(limit):
        start_next()
    try:
        return await finished
    except BaseException:
        for task in list(running):
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        for coro in coros:
            coro.close()  # the ones never started
        raise
